import type { Command } from "commander";
import { startLocalNeo4j } from "../../../tools/neo4j/server.js";
import { loadConfig } from "../../config.js";
import { BadInputError } from "../../domain/errors.js";
import { createExecutor, type Executor } from "../../graph/executor.js";
import { type LoadedReport, type LoadSummary, loadFiles } from "../../graph/load.js";
import { applySchema } from "../../graph/schema.js";

/** Starts the project-local Neo4j when it is not up (as `npm start` does) and applies the schema, so loads never run unconstrained. */
export async function withGraph<T>(work: (executor: Executor) => Promise<T>): Promise<T> {
  const config = loadConfig();
  if (config.local) await startLocalNeo4j(config.local, config.neo4j, (line) => console.error(line));
  const executor = createExecutor(config.neo4j);
  try {
    await applySchema(executor);
    return await work(executor);
  } finally {
    await executor.close();
  }
}

export function printReport(texts: boolean) {
  return (r: LoadedReport) =>
    console.log(
      `loaded ${r.file}: ${r.entities} entities, ${r.relations} relations${texts && !r.withText ? " (no matching text found)" : ""}`,
    );
}

export function printSummary(s: LoadSummary): void {
  const rate = s.seconds > 0 ? ` (${Math.round((s.entities + s.relations) / s.seconds)} entities+relations/s)` : "";
  console.log(`${s.reports} reports, ${s.entities} entities, ${s.relations} relations in ${s.seconds.toFixed(2)}s${rate}`);
}

export function parseConcurrency(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 16)
    throw new BadInputError("--concurrency", `must be a whole number from 1 to 16, got "${raw}"`);
  return n;
}

/** `kg load PATHS… [--texts DIR]`: validates every file first; an invalid one stops the load before anything is written. */
export function registerLoad(program: Command): void {
  program
    .command("load")
    .description("load extraction files (vn-ict-kg/extraction@1) into the graph; a reloaded report replaces what it contributed")
    .argument("<paths...>", "extraction JSON files, or folders of them")
    .option("--texts <dir>", "folder of report texts, matched by sha256: spans are checked and the text is stored for quoting")
    .option("--concurrency <n>", "reports written at the same time, one transaction each", parseConcurrency, 4)
    .action(async (paths: string[], options: { texts?: string; concurrency: number }) => {
      const summary = await withGraph((executor) =>
        loadFiles(executor, paths, {
          textsDir: options.texts,
          concurrency: options.concurrency,
          onReport: printReport(options.texts !== undefined),
        }),
      );
      printSummary(summary);
    });
}
