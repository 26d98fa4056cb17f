import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../../src/config.js";
import { createExecutor } from "../../src/graph/executor.js";
import { clearGraph, loadFiles } from "../../src/graph/load.js";
import { applySchema } from "../../src/graph/schema.js";
import { resetAndSeed } from "../../src/graph/seed.js";
import { localStatus, startLocalNeo4j } from "../../tools/neo4j/server.js";
import { generateSyntheticReport } from "./synthetic.js";

/**
 * `npm run bench:load [-- --sizes 1000,10000 --concurrency 4 --texts --keep]`:
 * writes N synthetic reports as extraction files (and their texts with --texts)
 * to a temporary folder, then times `loadFiles` on them into an emptied graph,
 * as `kg load` would run: every file validated first, then read again and
 * written one transaction per report. Prints, per N, the counts, the time,
 * entities+relations per second, the peak RSS of the loader and of the Neo4j
 * JVM during the load, the CPU time each used, and the machine's load average
 * when the load started (the machine may be shared: judge the rate with it).
 * It clears the configured database, so it puts the seeds back at the end
 * (unless --keep leaves the last synthetic graph).
 */
const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    // Measured on 2 cores: 2 in flight leave Neo4j waiting on round trips and commits, 4 use
    // the CPU; lock waits on entities many reports share stay small (well under 5% at 8).
    concurrency: { type: "string", default: "4" },
    seed: { type: "string", default: "1" },
    texts: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map(Number);
const concurrency = Number(values.concurrency);
const seed = Number(values.seed);

/** A /proc/<pid>/status field in MiB; null when /proc is not there. */
function statusMiB(pid: number | "self", field: "VmHWM" | "VmRSS"): number | null {
  try {
    const kib = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kib ? Number(kib) / 1024 : null;
  } catch {
    return null;
  }
}

/** Starts a new peak (VmHWM) for the process: Linux resets it when 5 is written to clear_refs. */
function resetPeak(pid: number | "self"): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
  } catch {
    // not Linux, or not allowed: the peak then covers the process's whole life
  }
}

/** CPU seconds (user + system) a process has used so far; null when /proc is not there. */
function cpuSeconds(pid: number | "self"): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** The corpus as files, one report at a time, so that the bench itself never holds it all either. */
function writeCorpus(n: number): { dir: string; files: string; texts: string } {
  const dir = mkdtempSync(join(tmpdir(), "kg-bench-load-"));
  const files = join(dir, "extractions");
  const texts = join(dir, "texts");
  mkdirSync(files);
  mkdirSync(texts);
  for (let i = 0; i < n; i++) {
    const { extraction, text } = generateSyntheticReport(i, seed);
    writeFileSync(join(files, `${String(i).padStart(6, "0")}.json`), JSON.stringify(extraction));
    if (values.texts) writeFileSync(join(texts, extraction.report.source), text);
  }
  return { dir, files, texts };
}

const mib = (x: number | null) => (x === null ? "?" : `${x.toFixed(0)} MiB`);
const secs = (x: number | null) => (x === null ? "?" : `${x.toFixed(1)}s`);

const config = loadConfig();
if (config.local) await startLocalNeo4j(config.local, config.neo4j, (line) => console.error(line));
const server = config.local ? localStatus(config.local) : null;
const serverPid = server?.running ? server.pid : null;
const executor = createExecutor(config.neo4j);
console.log(`bench:load against ${config.neo4j.uri} (database "${config.neo4j.database}", cleared before each size)`);
console.log(
  `concurrency ${concurrency}, texts ${values.texts ? "stored" : "not stored"}, seed ${seed}; ${cpus().length} cores` +
    (config.local ? `; Neo4j heap ${config.local.heap}, page cache ${config.local.pageCache}` : ""),
);
try {
  await applySchema(executor);
  for (const n of sizes) {
    await clearGraph(executor);
    const corpus = writeCorpus(n);
    try {
      const load = loadavg().map((x) => x.toFixed(2));
      resetPeak("self");
      if (serverPid !== null) resetPeak(serverPid);
      const cpu0 = { loader: cpuSeconds("self"), server: serverPid === null ? null : cpuSeconds(serverPid) };
      const summary = await loadFiles(executor, [corpus.files], { concurrency, textsDir: values.texts ? corpus.texts : undefined });
      const cpu1 = { loader: cpuSeconds("self"), server: serverPid === null ? null : cpuSeconds(serverPid) };
      const used = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
      const items = summary.entities + summary.relations;
      console.log(
        `N=${n}: ${summary.reports} reports, ${summary.entities} entities + ${summary.relations} relations in ${summary.seconds.toFixed(1)}s` +
          ` = ${Math.round(items / summary.seconds)} entities+relations/s` +
          `; peak RSS loader ${mib(statusMiB("self", "VmHWM"))}, Neo4j ${serverPid === null ? "(not local)" : mib(statusMiB(serverPid, "VmHWM"))}` +
          `; CPU loader ${secs(used(cpu0.loader, cpu1.loader))}, Neo4j ${serverPid === null ? "?" : secs(used(cpu0.server, cpu1.server))}` +
          `; load average at start ${load.join(" ")}`,
      );
    } finally {
      rmSync(corpus.dir, { recursive: true, force: true });
    }
  }
  if (!values.keep) {
    const seeded = await resetAndSeed(executor);
    console.log(`graph restored to the seeds (${seeded.reports} reports)`);
  }
} finally {
  await executor.close();
}
