import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ApiContext } from "../context.js";
import type { EntityNode } from "../graph-rows.js";
import { Conference } from "../types/conference.type.js";
import { DirectiveLink, EntityLink, OrganizationLink, PersonLink, ProvinceLink } from "../types/link.type.js";
import { Province } from "../types/province.type.js";
import { FirstArg } from "./first-arg.js";
import { linksAs, provinceOf } from "./links.js";

type First = number | null;

@Resolver(() => Conference)
export class ConferenceResolver {
  @FieldResolver(() => Province, { nullable: true, description: "The province it was held in." })
  province(@Root() c: EntityNode, @Ctx() ctx: ApiContext) {
    return provinceOf(ctx, c.provinceId);
  }

  @FieldResolver(() => [ProvinceLink], { description: "HELD_IN, with the reports that state it." })
  heldIn(@Root() c: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "province", "HELD_IN", "out", c.id, first);
  }

  @FieldResolver(() => [PersonLink], { description: "Who chaired it (CHAIRED, chủ trì)." })
  chairs(@Root() c: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "person", "CHAIRED", "in", c.id, first);
  }

  @FieldResolver(() => [PersonLink], { description: "Who directed it (DIRECTED, chỉ đạo)." })
  directors(@Root() c: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "person", "DIRECTED", "in", c.id, first);
  }

  @FieldResolver(() => [EntityLink], { description: "People and organisations that attended (ATTENDED, dự)." })
  attendees(@Root() c: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "entity", "ATTENDED", "in", c.id, first);
  }

  @FieldResolver(() => [OrganizationLink], { description: "Organisations that organised it (ORGANIZED)." })
  organizers(@Root() c: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "organization", "ORGANIZED", "in", c.id, first);
  }

  @FieldResolver(() => [DirectiveLink], { description: "Instructions and documents issued at it (ISSUED_AT)." })
  instructions(@Root() c: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "directive", "ISSUED_AT", "in", c.id, first);
  }
}
