import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type ApiContext, nestedFirst } from "../context.js";
import type { EntityNode } from "../graph-rows.js";
import { ConferenceLink, OrganizationLink, Position } from "../types/link.type.js";
import { Province } from "../types/province.type.js";
import { FirstArg } from "./first-arg.js";
import { linksAs } from "./links.js";

type First = number | null;

@Resolver(() => Province)
export class ProvinceResolver {
  @FieldResolver(() => [OrganizationLink], { description: "Organisations located in it (LOCATED_IN, reversed)." })
  organizations(@Root() p: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "organization", "LOCATED_IN", "in", p.id, first);
  }

  @FieldResolver(() => [ConferenceLink], { description: "Conferences held in it (HELD_IN, reversed)." })
  conferences(@Root() p: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "conference", "HELD_IN", "in", p.id, first);
  }

  @FieldResolver(() => [Position], {
    description: "Titles held in its organisations (HOLDS_POSITION into an organisation of this province).",
  })
  async officials(@Root() p: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    const rows = await ctx.loaders.officials(nestedFirst(ctx, first)).load(p.id);
    return rows.map(({ edge, organization }) => ({
      title: edge.title ?? "",
      asOf: edge.asOf,
      person: edge.node,
      organization,
      sources: edge.sources,
    }));
  }
}
