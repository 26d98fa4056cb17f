import type { Extraction } from "../domain/model.js";
import type { Executor } from "./executor.js";
import { expand, readExtractionFile, TextIndex } from "./load/read-files.js";
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
   * Reports written at the same time, each in its own transaction (default 1;
   * about 4 keeps two cores busy, see test/bench/load.bench.ts). The graph does
   * not depend on it: an entity's fields come from the report with the lowest
   * id, lists are kept sorted, and versions of one report id are still written
   * one after the other, in the order given.
   */
  concurrency?: number;
}

/** Documents to load: read twice (validated first, then written), so an array or an iterable that starts over. */
export type LoadInputs = Iterable<LoadInput>;

/** A generator object cannot be read twice: it is read into memory instead. */
function reReadable(docs: LoadInputs): LoadInputs {
  const iterator = docs[Symbol.iterator]();
  if ((iterator as unknown) !== docs) return docs;
  const all: LoadInput[] = [];
  for (let next = iterator.next(); !next.done; next = iterator.next()) all.push(next.value);
  return all;
}

/** Reports written between two refreshes of the full-text index during a load. */
const REFRESH_SEARCH_EVERY = 500;
/** Entities one refresh-search transaction moves into the index at most. */
const REFRESH_SEARCH_SLICE = 5_000;

/**
 * Makes every entity's prepared search text searchable (refresh-search), in
 * slices. Loads defer it so that the full-text index is refreshed once per
 * batch of reports rather than once per report; loadExtractions calls it
 * every few hundred reports and at the end, and first thing, to finish what an
 * interrupted load left prepared.
 */
export async function refreshSearch(executor: Executor): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await executor.write(LOAD.refreshSearch, { limit: REFRESH_SEARCH_SLICE });
    const refreshed = Number(row?.refreshed ?? 0);
    total += refreshed;
    if (refreshed < REFRESH_SEARCH_SLICE) return total;
  }
}

/**
 * Loads a batch, all or nothing as far as validity goes: every document is
 * validated first (an invalid one throws InvalidExtractionError naming its file,
 * the JSON path and the problem, and nothing at all is written). Then the
 * documents are read again and written, one transaction per report, each
 * validated again just before it is turned into rows, so what is written is
 * always what was checked and only `concurrency` documents are held at a time
 * (a batch of files is never all in memory). Versions of one report id are
 * written in the order given. A failed write stops the batch: reports written
 * before it stay (each is whole), nothing after it starts.
 *
 * Name search catches up in batches: what a report adds to an entity's search
 * text becomes searchable at the next refresh (every REFRESH_SEARCH_EVERY
 * reports, and before this returns or throws), not at the report's commit.
 */
export async function loadExtractions(executor: Executor, docs: LoadInputs, options: LoadOptions = {}): Promise<LoadSummary> {
  const started = performance.now();
  executor.registry.require(ALL_LOAD_STATEMENTS);
  const inputs = reReadable(docs);
  for (const doc of inputs) assertValid(doc.file, doc.extraction, doc.text);
  await refreshSearch(executor);

  const summary: LoadSummary = { reports: 0, entities: 0, relations: 0, seconds: 0 };
  const pending = inputs[Symbol.iterator]();
  /** The last write of each report id still running: a later version waits for it. */
  const writing = new Map<string, Promise<unknown>>();
  let failure: { error: unknown } | null = null;
  let refreshing: Promise<unknown> | null = null;
  /**
   * The first report is written alone: on a fresh server the others would
   * otherwise each plan write-report at the same time (about a second each).
   */
  let first: Promise<unknown> | null = null;

  const worker = async () => {
    if (first !== null) await first;
    for (let next = pending.next(); !next.done && failure === null; next = pending.next()) {
      const { file, extraction, text } = next.value;
      const rows = reportRows(assertValid(file, extraction, text));
      const before = writing.get(rows.reportId);
      const write = (before ?? Promise.resolve()).then(() => writeReport(executor, rows, text ?? null));
      const settled = write.catch(() => undefined);
      first ??= settled;
      writing.set(rows.reportId, settled);
      try {
        await write;
        count(summary, rows);
        options.onReport?.({ file, ...rows.counts, withText: text !== undefined });
        if (summary.reports % REFRESH_SEARCH_EVERY === 0 && refreshing === null) {
          refreshing = refreshSearch(executor).finally(() => {
            refreshing = null;
          });
          await refreshing;
        }
      } catch (error) {
        failure ??= { error };
        return;
      } finally {
        if (writing.get(rows.reportId) === settled) writing.delete(rows.reportId);
      }
    }
  };
  const workers = Math.max(1, options.concurrency ?? 1);
  try {
    await Promise.all(Array.from({ length: workers }, worker));
  } finally {
    // What was written is made searchable even when the batch stopped on a failure.
    await refreshSearch(executor).catch((error: unknown) => {
      failure ??= { error };
    });
  }
  if (failure !== null) throw (failure as { error: unknown }).error;
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

/**
 * `kg load`: JSON files and folders of them, with their texts when a texts folder
 * is given. Files are read one at a time, once to validate them all and once to
 * write them, so a large batch is never held in memory.
 */
export async function loadFiles(executor: Executor, paths: readonly string[], options: LoadFilesOptions = {}): Promise<LoadSummary> {
  const texts = options.textsDir === undefined ? undefined : TextIndex.of(options.textsDir);
  const files = paths.flatMap(expand);
  const docs: LoadInputs = {
    *[Symbol.iterator]() {
      for (const path of files) {
        const { file, extraction } = readExtractionFile(path);
        yield { file, extraction, text: texts?.textFor(extraction) };
      }
    },
  };
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
