import { Field, ID, InterfaceType } from "type-graphql";
import type { EntityNode } from "../graph-rows.js";
import { EntityTypeValue } from "./enums.type.js";

/**
 * What every entity shares. `reports` and `mentions` come from the interface's
 * field resolvers (entity.resolver.ts), so each type answers them the same way.
 */
@InterfaceType("Entity", {
  description: "A thing the reports name: a province, organisation, person, conference, programme or directive.",
  resolveType: (value: EntityNode) => value.type,
})
export abstract class Entity {
  @Field(() => ID, { description: 'Stable id, "<type-prefix>:<slug of the folded name>", e.g. person:nguyen-long-hai.' })
  id!: string;

  @Field(() => EntityTypeValue)
  type!: EntityTypeValue;

  @Field(() => String, { description: "Full name, as a Vietnamese reader would write it (NFC)." })
  name!: string;

  @Field(() => [String], { description: "Other surface forms the reports use." })
  aliases!: string[];
}
