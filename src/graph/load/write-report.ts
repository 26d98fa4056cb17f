import type { Executor, TransactionRunner } from "../executor.js";
import type { ReportRows } from "./rows.js";
import { LOAD, MERGE_ENTITY, MERGE_RELATION } from "./statements.js";

/**
 * Statements of one transaction are sent without waiting for each other's
 * results: the driver pipelines them on the transaction's connection and the
 * server runs them in the order sent, so a report costs about one round trip
 * instead of one per statement.
 */
async function pipeline(tx: TransactionRunner, calls: Array<[string, Record<string, unknown>]>) {
  return Promise.all(calls.map(([name, params]) => tx.run(name, params)));
}

/**
 * Removes from the graph what a report contributed beyond `keep` (the entity
 * ids and relation keys it still states): its entry on each relationship,
 * relationships left with no report, its mentions, and entities no report
 * mentions any more. Returns the ids whose aliases need recomputing.
 */
export async function pruneReport(
  tx: TransactionRunner,
  reportId: string,
  keep: { entityIds: string[]; relationKeys: string[] },
): Promise<string[]> {
  const [, , dropped] = await pipeline(tx, [
    [LOAD.lockMentioned, { reportId }],
    [LOAD.pruneRelations, { reportId, evidencePrefix: `${reportId}@`, keep: keep.relationKeys }],
    [LOAD.pruneMentions, { reportId, keep: keep.entityIds }],
  ]);
  const droppedIds = (dropped ?? []).map((row) => String(row.id));
  if (droppedIds.length > 0) await tx.run(LOAD.deleteOrphans, { ids: droppedIds });
  return droppedIds;
}

/**
 * One report, one transaction. Everything is sent at once as if the report were
 * new; when merge-report says an earlier version was loaded, what only that
 * version stated is pruned and aliases are recomputed from all reports.
 */
export async function writeReport(executor: Executor, rows: ReportRows, text: string | null): Promise<void> {
  await executor.writeTransaction(async (tx) => {
    const { reportId, evidencePrefix } = rows;
    const calls: Array<[string, Record<string, unknown>]> = [[LOAD.mergeReport, { report: rows.report, text }]];
    for (const [type, entityRows] of rows.entities) calls.push([MERGE_ENTITY[type], { reportId, rows: entityRows }]);
    calls.push([LOAD.mergeMentions, { reportId, rows: rows.mentions }]);
    for (const [type, relationRows] of rows.relations) calls.push([MERGE_RELATION[type], { reportId, evidencePrefix, rows: relationRows }]);
    const [head] = await pipeline(tx, calls);
    if (head?.[0]?.existed !== true) return;
    const dropped = await pruneReport(tx, reportId, rows);
    await tx.run(LOAD.recomputeSearch, { ids: [...new Set([...rows.entityIds, ...dropped])] });
  });
}
