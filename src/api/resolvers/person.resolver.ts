import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type ApiContext, nestedFirst } from "../context.js";
import type { EntityNode } from "../graph-rows.js";
import { ConferenceLink, DirectiveLink, Position, ReportLink } from "../types/link.type.js";
import { Person } from "../types/person.type.js";
import { FirstArg } from "./first-arg.js";
import { linksAs, linksOf } from "./links.js";

type First = number | null;

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Position], { description: "Titles held (HOLDS_POSITION), each as of the date a report shows it." })
  async positions(@Root() p: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    const edges = await linksOf(ctx, "HOLDS_POSITION", "out", p.id, first);
    return edges.map((e) => ({ title: e.title ?? "", asOf: e.asOf, person: p, organization: e.node, sources: e.sources }));
  }

  @FieldResolver(() => [ConferenceLink], { description: "Conferences chaired (CHAIRED)." })
  chaired(@Root() p: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "conference", "CHAIRED", "out", p.id, first);
  }

  @FieldResolver(() => [ConferenceLink], { description: "Conferences directed (DIRECTED)." })
  directed(@Root() p: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "conference", "DIRECTED", "out", p.id, first);
  }

  @FieldResolver(() => [ConferenceLink], { description: "Conferences attended (ATTENDED)." })
  attended(@Root() p: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "conference", "ATTENDED", "out", p.id, first);
  }

  @FieldResolver(() => [DirectiveLink], { description: "Directives and instructions issued (ISSUED)." })
  issued(@Root() p: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "directive", "ISSUED", "out", p.id, first);
  }

  @FieldResolver(() => [ReportLink], { description: "Reports written (AUTHORED, from the byline)." })
  async authored(@Root() p: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    const edges = await ctx.loaders.authored(nestedFirst(ctx, first)).load(p.id);
    return edges.map((e) => ({ report: e.node, sources: e.sources }));
  }
}
