import type { EntityType, RelationType } from "../../domain/model.js";
import { ENTITY_TYPES, RELATION_TYPES } from "../../domain/model.js";

/**
 * Labels and relationship types cannot be Cypher parameters, so each one has its
 * own statement file; these maps are the only way the loader picks one, and
 * they are keyed by the fixed lists in model.ts, never by input.
 */
const kebab = (s: string) => s.toLowerCase().replace(/_/g, "-");

export const MERGE_ENTITY: Readonly<Record<EntityType, string>> = Object.fromEntries(
  ENTITY_TYPES.map((t) => [t, `load/merge-${kebab(t)}`]),
) as Record<EntityType, string>;

export const MERGE_RELATION: Readonly<Record<RelationType, string>> = Object.fromEntries(
  RELATION_TYPES.map((t) => [t, `load/merge-${kebab(t)}`]),
) as Record<RelationType, string>;

export const LOAD = {
  mergeReport: "load/merge-report",
  mergeMentions: "load/merge-mentions",
  lockMentioned: "load/lock-mentioned",
  pruneRelations: "load/prune-relations",
  pruneMentions: "load/prune-mentions",
  deleteOrphans: "load/delete-orphans",
  recomputeSearch: "load/recompute-search",
  deleteReport: "load/delete-report",
  clearBatch: "load/clear-batch",
  graphIsEmpty: "load/graph-is-empty",
} as const;

export const ALL_LOAD_STATEMENTS: readonly string[] = [
  ...Object.values(MERGE_ENTITY),
  ...Object.values(MERGE_RELATION),
  ...Object.values(LOAD),
];
