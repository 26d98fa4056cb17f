import type { Executor, TransactionRunner } from "../executor.js";
import type { ReportRows } from "./rows.js";
import { LOAD } from "./statements.js";

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
  // Sent without waiting for each other: the driver pipelines them on the
  // transaction's connection and the server runs them in the order sent.
  const [, , dropped] = await Promise.all([
    tx.run(LOAD.lockMentioned, { reportId }),
    tx.run(LOAD.pruneRelations, { reportId, evidencePrefix: `${reportId}@`, keep: keep.relationKeys }),
    tx.run(LOAD.pruneMentions, { reportId, keep: keep.entityIds }),
  ]);
  const droppedIds = dropped.map((row) => String(row.id));
  if (droppedIds.length > 0) await tx.run(LOAD.deleteOrphans, { ids: droppedIds });
  return droppedIds;
}

/**
 * One report, one transaction, and for a report seen for the first time one
 * statement: write-report merges everything as if the report were new. When it
 * says an earlier version was loaded, what only that version stated is pruned
 * and the touched entities are rebuilt from the reports that mention them.
 */
export async function writeReport(executor: Executor, rows: ReportRows, text: string | null): Promise<void> {
  await executor.writeTransaction(async (tx) => {
    const { reportId, evidencePrefix } = rows;
    const [head] = await tx.run(LOAD.writeReport, {
      reportId,
      evidencePrefix,
      report: rows.report,
      text,
      entities: rows.entities,
      relations: rows.relations,
    });
    if (head?.existed !== true) return;
    const dropped = await pruneReport(tx, reportId, rows);
    await tx.run(LOAD.recomputeSearch, { ids: [...new Set([...rows.entityIds, ...dropped])] });
  });
}
