import type { Command } from "commander";
import { DEFAULT_TEXTS_DIR, resetAndSeed, SEEDS_DIR, seed } from "../../graph/seed.js";
import { printReport, printSummary, withGraph } from "./load.js";

/** `kg seed` (`npm run seed`): loads seeds/, with the shared report texts when they are beside the repository. */
export function registerSeed(program: Command): void {
  program
    .command("seed")
    .description(`load the curated seeds (${SEEDS_DIR}) into the graph`)
    .option("--reset", "delete everything in the graph first (the schema stays)")
    .option("--texts <dir>", "folder of report texts", DEFAULT_TEXTS_DIR)
    .option("--no-texts", "do not store report texts")
    .action(async (options: { reset?: boolean; texts?: string | false }) => {
      const textsDir = options.texts === false ? null : (options.texts ?? null);
      const summary = await withGraph((executor) =>
        (options.reset ? resetAndSeed : seed)(executor, { textsDir, onReport: printReport(textsDir !== null) }),
      );
      if (summary.reports === 0) console.log(`no seed files in ${SEEDS_DIR}`);
      printSummary(summary);
      if (textsDir === null) console.log("texts: not stored (no texts folder; sources cannot quote their words)");
    });
}
