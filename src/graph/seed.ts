import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Executor } from "./executor.js";
import { clearGraph, graphIsEmpty, type LoadOptions, type LoadSummary, loadFiles } from "./load.js";

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The curated extraction files of the five source reports. */
export const SEEDS_DIR = join(REPO_ROOT, "seeds");

/** The source reports' texts, when the shared folder sits beside the repository: sources then quote their words. */
const SHARED_REPORTS = resolve(REPO_ROOT, "../shared/reports");
export const DEFAULT_TEXTS_DIR: string | undefined = existsSync(SHARED_REPORTS) ? SHARED_REPORTS : undefined;

export interface SeedOptions extends LoadOptions {
  seedsDir?: string;
  /** null: load without texts even when the default folder exists. */
  textsDir?: string | null;
}

const EMPTY: LoadSummary = { reports: 0, entities: 0, relations: 0, seconds: 0 };

/** Loads seeds/ (with texts when available). Loading is idempotent, so seeding twice changes nothing. */
export async function seed(executor: Executor, options: SeedOptions = {}): Promise<LoadSummary> {
  const seedsDir = options.seedsDir ?? SEEDS_DIR;
  if (!existsSync(seedsDir)) return EMPTY;
  const textsDir = options.textsDir === null ? undefined : (options.textsDir ?? DEFAULT_TEXTS_DIR);
  return loadFiles(executor, [seedsDir], { ...options, textsDir });
}

/** Empties the graph (schema stays) and loads the seeds: the known state integration tests start from. */
export async function resetAndSeed(executor: Executor, options: SeedOptions = {}): Promise<LoadSummary> {
  await clearGraph(executor);
  return seed(executor, options);
}

/** `npm start` on a fresh database: seeds only when there is nothing at all, never over someone's data. Null when not empty. */
export async function seedIfEmpty(executor: Executor, options: SeedOptions = {}): Promise<LoadSummary | null> {
  if (!(await graphIsEmpty(executor))) return null;
  return seed(executor, options);
}
