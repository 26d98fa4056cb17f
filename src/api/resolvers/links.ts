import type { RelationType } from "../../domain/model.js";
import { type ApiContext, nestedFirst } from "../context.js";
import type { EntityNode, RelationEdge, SourceRef } from "../graph-rows.js";
import type { Direction } from "../loaders/statements.js";

/**
 * The relation edges of one node, through the request's loader for that
 * relationship type and direction (one statement per batch of parents). The
 * far ends are primed into the entity loader: a later lookup of one of them
 * costs no round trip.
 */
export async function linksOf(
  ctx: ApiContext,
  type: RelationType,
  direction: Direction,
  id: string,
  first: number | null | undefined,
): Promise<RelationEdge<EntityNode>[]> {
  const edges = await ctx.loaders.relation(type, direction, nestedFirst(ctx, first)).load(id);
  ctx.loaders.prime(edges.map((e) => e.node));
  return edges;
}

/** A node's `province` property as a Province, or null. */
export function provinceOf(ctx: ApiContext, provinceId: string | null): Promise<EntityNode | null> | null {
  return provinceId === null ? null : ctx.loaders.entity.load(provinceId);
}

/** The same edges as `{ <key>: node, sources }`, the shape of the *Link types. */
export async function linksAs<K extends string>(
  ctx: ApiContext,
  key: K,
  type: RelationType,
  direction: Direction,
  id: string,
  first: number | null | undefined,
): Promise<Array<{ [P in K]: EntityNode } & { sources: SourceRef[] }>> {
  const edges = await linksOf(ctx, type, direction, id, first);
  return edges.map((e) => ({ [key]: e.node, sources: e.sources }) as { [P in K]: EntityNode } & { sources: SourceRef[] });
}
