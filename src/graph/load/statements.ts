/**
 * The loader's named statements (cypher/load/*.cypher). Labels and relationship
 * types cannot be Cypher parameters, so write-report spells each one out in its
 * own branch and takes its rows keyed by the fixed lists in model.ts, never by input.
 */
export const LOAD = {
  /** Report, entities, mentions and relations of one report, in one statement. */
  writeReport: "load/write-report",
  lockMentioned: "load/lock-mentioned",
  pruneRelations: "load/prune-relations",
  pruneMentions: "load/prune-mentions",
  deleteOrphans: "load/delete-orphans",
  recomputeSearch: "load/recompute-search",
  deleteReport: "load/delete-report",
  /** Moves a batch of loads' prepared search text into the full-text index. */
  refreshSearch: "load/refresh-search",
  clearBatch: "load/clear-batch",
  graphIsEmpty: "load/graph-is-empty",
} as const;

export const ALL_LOAD_STATEMENTS: readonly string[] = Object.values(LOAD);
