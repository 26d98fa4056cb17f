import { registerEnumType } from "type-graphql";
import { DIRECTIVE_KINDS, ORGANIZATION_KINDS, PROGRAMME_KINDS, RELATION_TYPES } from "../../domain/model.js";

/**
 * GraphQL names are upper case (`PERSON`); the internal value is the label
 * (`Person`), so a resolver receives exactly what the graph stores and the
 * interface's resolveType can use `type` as the object type's name.
 */
export enum EntityTypeValue {
  PROVINCE = "Province",
  ORGANIZATION = "Organization",
  PERSON = "Person",
  CONFERENCE = "Conference",
  PROGRAMME = "Programme",
  DIRECTIVE = "Directive",
}
registerEnumType(EntityTypeValue, { name: "EntityType", description: "The kinds of entity the graph holds." });

/** Counted things: the entity types and the reports themselves. */
export enum CountedTypeValue {
  PROVINCE = "Province",
  ORGANIZATION = "Organization",
  PERSON = "Person",
  CONFERENCE = "Conference",
  PROGRAMME = "Programme",
  DIRECTIVE = "Directive",
  REPORT = "Report",
}
registerEnumType(CountedTypeValue, { name: "CountedType", description: "Entity types, and REPORT for the source reports." });

/** Builds a string enum object from one of the model's fixed lists, so the schema cannot drift from the model. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const OrganizationKind = enumOf(ORGANIZATION_KINDS);
registerEnumType(OrganizationKind, { name: "OrganizationKind" });

export const ProgrammeKind = enumOf(PROGRAMME_KINDS);
registerEnumType(ProgrammeKind, { name: "ProgrammeKind" });

export const DirectiveKind = enumOf(DIRECTIVE_KINDS);
registerEnumType(DirectiveKind, { name: "DirectiveKind" });

export const RelationType = enumOf(RELATION_TYPES);
registerEnumType(RelationType, {
  name: "RelationType",
  description: "Relationship types of the model; the direction is always actor → thing.",
});
