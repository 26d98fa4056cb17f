import { Presets, SingleBar } from "cli-progress";
import type { Command } from "commander";
import { BadInputError } from "../../domain/errors.js";
import { collectReportFiles } from "../../extract/ingest/collect.js";
import { type Manifest, readManifest } from "../../extract/ingest/manifest.js";
import { prepareReport } from "../../extract/ingest/prepare.js";
import { MAX_REPORT_BYTES } from "../../extract/read-report.js";

interface IngestOptions {
  manifest?: string;
  maxBytes: number;
  dryRun?: boolean;
}

interface Failure {
  file: string;
  reason: string;
}

function parseBytes(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new BadInputError("--max-bytes", `must be a positive whole number of bytes, got "${raw}"`);
  return n;
}

/**
 * `kg ingest PATHS… [--manifest FILE]`: extracts every .txt/.md/.html report
 * under PATHS and loads each in its own transaction. A bad file (not UTF-8,
 * empty, binary, too large, or an extraction that fails validation) is
 * listed with its reason and nothing of it is written; the rest still load.
 * Exit code 1 when anything failed.
 */
export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("extract and load folders and files of reports (.txt, .md, .html) into the graph")
    .argument("<paths...>", "report files, or folders of them")
    .option("--manifest <file>", "CSV or JSON with file,url,published for each report (what the crawl knows)")
    .option("--max-bytes <n>", "largest report accepted, in bytes", parseBytes, MAX_REPORT_BYTES)
    .option("--dry-run", "extract and validate only; write nothing")
    .action(async (paths: string[], options: IngestOptions) => {
      const manifest: Manifest | undefined = options.manifest ? readManifest(options.manifest) : undefined;
      const { files, missing } = collectReportFiles(paths);
      const failures: Failure[] = missing.map((file) => ({ file, reason: "no such file or folder" }));
      const totals = { reports: 0, entities: 0, relations: 0 };
      const started = performance.now();
      const bar = new SingleBar(
        {
          format: "{bar} {value}/{total} reports | {entities} entities | {relations} relations | {rate} reports/s | {failed} failed",
          stream: process.stderr,
          hideCursor: true,
          noTTYOutput: false,
        },
        Presets.shades_classic,
      );
      bar.start(files.length, 0, { entities: 0, relations: 0, rate: "0.0", failed: failures.length });

      const load = options.dryRun ? undefined : await openLoader();
      try {
        for (const file of files) {
          const prepared = await prepareReport(file, manifest?.lookup(file), options.maxBytes);
          if (!prepared.ok) failures.push({ file, reason: prepared.reason });
          else {
            try {
              if (load) await load(prepared.file, prepared.extraction, prepared.text);
              totals.reports++;
              totals.entities += prepared.extraction.entities.length;
              totals.relations += prepared.extraction.relations.length;
            } catch (error) {
              failures.push({ file, reason: `not loaded: ${error instanceof Error ? error.message : String(error)}` });
            }
          }
          const seconds = (performance.now() - started) / 1000;
          bar.increment(1, { ...totals, rate: (totals.reports / Math.max(seconds, 1e-3)).toFixed(1), failed: failures.length });
        }
      } finally {
        bar.stop();
        await load?.close();
      }
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `${options.dryRun ? "extracted" : "ingested"} ${totals.reports} of ${files.length + missing.length} reports: ${totals.entities} entities, ${totals.relations} relations in ${seconds.toFixed(2)}s`,
      );
      if (failures.length > 0) {
        console.log(`${failures.length} failed (nothing of them was written):`);
        for (const f of failures) console.log(`  ${f.file}: ${f.reason}`);
        process.exitCode = 1;
      }
    });
}

type Loader = ((file: string, extraction: unknown, text: string) => Promise<void>) & { close(): Promise<void> };

/**
 * Opens the graph once for the whole run. Each report goes through
 * `loadExtractions` alone, so one report is one transaction and a failure
 * leaves the others in place. Imported lazily so `--dry-run` needs no database.
 */
async function openLoader(): Promise<Loader> {
  const [{ loadConfig }, { createExecutor }, { loadExtractions }, { applySchema }, { startLocalNeo4j }] = await Promise.all([
    import("../../config.js"),
    import("../../graph/executor.js"),
    import("../../graph/load.js"),
    import("../../graph/schema.js"),
    import("../../../tools/neo4j/server.js"),
  ]);
  const config = loadConfig();
  if (config.local) await startLocalNeo4j(config.local, config.neo4j, (line) => console.error(line));
  const executor = createExecutor(config.neo4j);
  await applySchema(executor);
  const load = (async (file: string, extraction: unknown, text: string) => {
    await loadExtractions(executor, [{ file, extraction, text }]);
  }) as Loader;
  load.close = () => executor.close();
  return load;
}
