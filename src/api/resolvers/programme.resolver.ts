import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ApiContext } from "../context.js";
import type { EntityNode } from "../graph-rows.js";
import { OrganizationLink } from "../types/link.type.js";
import { Programme } from "../types/programme.type.js";
import { FirstArg } from "./first-arg.js";
import { linksAs } from "./links.js";

@Resolver(() => Programme)
export class ProgrammeResolver {
  @FieldResolver(() => [OrganizationLink], { description: "Organisations implementing it (IMPLEMENTS, reversed)." })
  implementedBy(@Root() p: EntityNode, @FirstArg() first: number | null, @Ctx() ctx: ApiContext) {
    return linksAs(ctx, "organization", "IMPLEMENTS", "in", p.id, first);
  }
}
