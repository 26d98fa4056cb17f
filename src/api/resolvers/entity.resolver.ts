import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type ApiContext, nestedFirst } from "../context.js";
import type { EntityNode, ReportNode, SourceRef } from "../graph-rows.js";
import { Entity } from "../types/entity.type.js";
import { Report } from "../types/report.type.js";
import { Source } from "../types/source.type.js";
import { FirstArg } from "./first-arg.js";

/** Fields of the Entity interface: every entity type answers them through the same loader. */
@Resolver(() => Entity)
export class EntityResolver {
  @FieldResolver(() => [Report], { description: "The reports that mention it, oldest first." })
  async reports(@Root() entity: EntityNode, @FirstArg() first: number | null, @Ctx() ctx: ApiContext): Promise<ReportNode[]> {
    const mentions = await ctx.loaders.mentions(nestedFirst(ctx, first)).load(entity.id);
    return mentions.map((m) => m.node);
  }

  @FieldResolver(() => [Source], { description: "Where each report mentions it: the report, the spans, the words." })
  async mentions(@Root() entity: EntityNode, @FirstArg() first: number | null, @Ctx() ctx: ApiContext): Promise<SourceRef[]> {
    const mentions = await ctx.loaders.mentions(nestedFirst(ctx, first)).load(entity.id);
    return mentions.flatMap((m) => m.sources);
  }
}
