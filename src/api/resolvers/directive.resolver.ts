import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ApiContext } from "../context.js";
import type { EntityNode } from "../graph-rows.js";
import { Directive } from "../types/directive.type.js";
import { ConferenceLink, EntityLink, OrganizationLink } from "../types/link.type.js";
import { FirstArg } from "./first-arg.js";
import { linksAs } from "./links.js";

type First = number | null;

@Resolver(() => Directive)
export class DirectiveResolver {
  @FieldResolver(() => [EntityLink], { description: "People and organisations that issued it (ISSUED, reversed)." })
  issuedBy(@Root() d: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "entity", "ISSUED", "in", d.id, first);
  }

  @FieldResolver(() => [ConferenceLink], { description: "The conference it was issued at (ISSUED_AT)." })
  issuedAt(@Root() d: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "conference", "ISSUED_AT", "out", d.id, first);
  }

  @FieldResolver(() => [OrganizationLink], { description: "Organisations it is addressed to (ADDRESSED_TO)." })
  addressedTo(@Root() d: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "organization", "ADDRESSED_TO", "out", d.id, first);
  }

  @FieldResolver(() => [OrganizationLink], { description: "Organisations implementing it (IMPLEMENTS, reversed)." })
  implementedBy(@Root() d: EntityNode, @FirstArg() first: First, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "organization", "IMPLEMENTS", "in", d.id, first);
  }
}
