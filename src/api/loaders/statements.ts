import { RELATION_TYPES, type RelationType } from "../../domain/model.js";

/**
 * Every statement the API runs, by name (cypher/api/<stem>.cypher). Relationship
 * types cannot be parameters, so each type and direction has its own file,
 * picked here from the model's fixed list, never from input.
 */
export type Direction = "out" | "in";

const kebab = (s: string) => s.toLowerCase().replace(/_/g, "-");

export function relationStatement(type: RelationType, direction: Direction): string {
  return `api/rel-${kebab(type)}-${direction}`;
}

export const API = {
  entitiesById: "api/entities-by-id",
  reportsById: "api/reports-by-id",
  reportQuotes: "api/report-quotes",
  entityMentions: "api/entity-mentions",
  reportEntities: "api/report-entities",
  provinceOfficials: "api/province-officials",
  provinceById: "api/province-by-id",
  conferencesList: "api/conferences-list",
  peopleList: "api/people-list",
  organizationsList: "api/organizations-list",
  directivesList: "api/directives-list",
  programmesList: "api/programmes-list",
  reportsList: "api/reports-list",
  search: "api/search",
  connections: "api/connections",
  statsEntities: "api/stats-entities",
  statsRelations: "api/stats-relations",
  statsProvinces: "api/stats-provinces",
  statsYears: "api/stats-years",
  statsProvinceYears: "api/stats-province-years",
  health: "api/health",
  ping: "api/ping",
} as const;

/** Checked at start-up (registry.require), so a missing file stops the server before the first request. */
export const ALL_API_STATEMENTS: readonly string[] = [
  ...Object.values(API),
  ...RELATION_TYPES.flatMap((t) => [relationStatement(t, "out"), relationStatement(t, "in")]),
];
