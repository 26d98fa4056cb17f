import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ApiContext } from "../context.js";
import type { EntityNode } from "../graph-rows.js";
import { ConferenceLink, DirectiveLink, EntityLink, OrganizationLink, Position, ProvinceLink } from "../types/link.type.js";
import { Organization } from "../types/organization.type.js";
import { Province } from "../types/province.type.js";
import { FirstArg } from "./first-arg.js";
import { linksAs, linksOf, provinceOf } from "./links.js";

type First = number | null;

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => Province, { nullable: true, description: "The province it belongs to." })
  province(@Root() o: EntityNode, @Ctx() ctx: ApiContext) {
    return provinceOf(ctx, o.provinceId);
  }

  @FieldResolver(() => [ProvinceLink], { description: "LOCATED_IN, with the reports that state it." })
  locatedIn(@Root() o: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "province", "LOCATED_IN", "out", o.id, first);
  }

  @FieldResolver(() => [OrganizationLink], { description: "Organisations it is part of (PART_OF)." })
  partOf(@Root() o: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "organization", "PART_OF", "out", o.id, first);
  }

  @FieldResolver(() => [OrganizationLink], { description: "Organisations that are part of it (PART_OF, reversed)." })
  parts(@Root() o: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "organization", "PART_OF", "in", o.id, first);
  }

  @FieldResolver(() => [Position], { description: "People holding a title in it (HOLDS_POSITION, reversed)." })
  async people(@Root() o: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    const edges = await linksOf(ctx, "HOLDS_POSITION", "in", o.id, first);
    return edges.map((e) => ({ title: e.title ?? "", asOf: e.asOf, person: e.node, organization: o, sources: e.sources }));
  }

  @FieldResolver(() => [ConferenceLink], { description: "Conferences it organised (ORGANIZED)." })
  organized(@Root() o: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "conference", "ORGANIZED", "out", o.id, first);
  }

  @FieldResolver(() => [ConferenceLink], { description: "Conferences it attended as a body (ATTENDED)." })
  attended(@Root() o: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "conference", "ATTENDED", "out", o.id, first);
  }

  @FieldResolver(() => [DirectiveLink], { description: "Directives it issued (ISSUED)." })
  issued(@Root() o: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "directive", "ISSUED", "out", o.id, first);
  }

  @FieldResolver(() => [EntityLink], { description: "Programmes and directives it implements (IMPLEMENTS)." })
  implements(@Root() o: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "entity", "IMPLEMENTS", "out", o.id, first);
  }

  @FieldResolver(() => [DirectiveLink], { description: "Directives addressed to it (ADDRESSED_TO, reversed)." })
  addressedBy(@Root() o: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "directive", "ADDRESSED_TO", "in", o.id, first);
  }
}
