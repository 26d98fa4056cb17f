import type { Extraction } from "../domain/model.js";
import type { Executor } from "./executor.js";
import { readExtractionFiles, TextIndex } from "./load/read-files.js";
import { type ReportRows, reportRows } from "./load/rows.js";
import { ALL_LOAD_STATEMENTS, LOAD } from "./load/statements.js";
import { assertValid } from "./load/validate.js";
import { pruneReport, writeReport } from "./load/write-report.js";

export interface LoadInput {
  extraction: unknown | Extraction;
  /** The report's normalised text: spans and sha256 are checked against it, and it is stored for quoting. */
  text?: string;
  /** Where the document came from; error messages name it. */
  file: string;
}

export interface LoadedReport {
  file: string;
  entities: number;
  relations: number;
  /** Whether the report's text was stored with it (sources can quote it). */
  withText: boolean;
}

export interface LoadSummary {
  reports: number;
  entities: number;
  relations: number;
  seconds: number;
}

export interface LoadOptions {
  onReport?: (report: LoadedReport) => void;
  /**
   * Reports written at the same time, each in its own transaction. Entity and
   * property values follow the last report written, so with more than one the
   * winner among reports disagreeing on a field is not fixed.
   */
  concurrency?: number;
}

/**
 * Validates every document first (an invalid one throws InvalidExtractionError
 * naming its file, and nothing at all is written), then writes one transaction
 * per report. Versions of one report id are written in the order given.
 */
export async function loadExtractions(executor: Executor, docs: readonly LoadInput[], options: LoadOptions = {}): Promise<LoadSummary> {
  const started = performance.now();
  executor.registry.require(ALL_LOAD_STATEMENTS);
  const prepared = docs.map((doc) => ({
    file: doc.file,
    text: doc.text ?? null,
    rows: reportRows(assertValid(doc.file, doc.extraction, doc.text)),
  }));

  const byReport = new Map<string, typeof prepared>();
  for (const p of prepared) byReport.set(p.rows.reportId, [...(byReport.get(p.rows.reportId) ?? []), p]);
  const queue = [...byReport.values()];
  const summary: LoadSummary = { reports: 0, entities: 0, relations: 0, seconds: 0 };

  const worker = async () => {
    for (let group = queue.shift(); group !== undefined; group = queue.shift()) {
      for (const { file, text, rows } of group) {
        await writeReport(executor, rows, text);
        count(summary, rows);
        options.onReport?.({ file, ...rows.counts, withText: text !== null });
      }
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 1, queue.length));
  await Promise.all(Array.from({ length: workers }, worker));
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

function count(summary: LoadSummary, rows: ReportRows): void {
  summary.reports += 1;
  summary.entities += rows.counts.entities;
  summary.relations += rows.counts.relations;
}

export interface LoadFilesOptions extends LoadOptions {
  /** A folder of report texts, matched to each file by sha256 (then by the source's file name). */
  textsDir?: string;
}

/** `kg load`: JSON files and folders of them, with their texts when a texts folder is given. */
export async function loadFiles(executor: Executor, paths: readonly string[], options: LoadFilesOptions = {}): Promise<LoadSummary> {
  const texts = options.textsDir === undefined ? undefined : TextIndex.of(options.textsDir);
  const docs = readExtractionFiles(paths).map(({ file, extraction }) => ({ file, extraction, text: texts?.textFor(extraction) }));
  return loadExtractions(executor, docs, options);
}

/**
 * Removes everything one report contributed: its Report node, its mentions,
 * its entry on every relationship (relationships only it stated go), and
 * entities no other report mentions. Returns false when it was not loaded.
 */
export async function retractReport(executor: Executor, reportId: string): Promise<boolean> {
  return executor.writeTransaction(async (tx) => {
    const dropped = await pruneReport(tx, reportId, { entityIds: [], relationKeys: [] });
    if (dropped.length > 0) await tx.run(LOAD.recomputeSearch, { ids: dropped });
    const [row] = await tx.run(LOAD.deleteReport, { reportId });
    return Number(row?.deleted ?? 0) > 0;
  });
}

/** Deletes every node and relationship, in slices, so a large graph never needs one huge transaction. */
export async function clearGraph(executor: Executor, slice = 5_000): Promise<void> {
  for (;;) {
    const [row] = await executor.write(LOAD.clearBatch, { limit: slice });
    if (Number(row?.deleted ?? 0) === 0) return;
  }
}

export async function graphIsEmpty(executor: Executor): Promise<boolean> {
  const [row] = await executor.read(LOAD.graphIsEmpty);
  return row?.empty === true;
}
