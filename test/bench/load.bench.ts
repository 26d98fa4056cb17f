import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadConfig } from "../../src/config.js";
import { createExecutor } from "../../src/graph/executor.js";
import { clearGraph, loadExtractions } from "../../src/graph/load.js";
import { applySchema } from "../../src/graph/schema.js";
import { resetAndSeed } from "../../src/graph/seed.js";
import { localStatus, startLocalNeo4j } from "../../tools/neo4j/server.js";
import { generateSyntheticCorpus } from "./synthetic.js";

/**
 * `npm run bench:load [-- --sizes 1000,10000 --concurrency 2 --texts --keep]`:
 * loads N synthetic reports into an emptied graph and prints entities+relations
 * per second and peak memory. It clears the configured database, so it puts
 * the seeds back at the end (unless --keep leaves the last synthetic graph).
 */
const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    concurrency: { type: "string", default: "2" },
    seed: { type: "string", default: "1" },
    texts: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map(Number);
const concurrency = Number(values.concurrency);

/** Peak resident set of a process so far (VmHWM), in MiB; null when /proc is not there. */
function peakRssMiB(pid: number | "self"): number | null {
  try {
    const kib = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kib ? Number(kib) / 1024 : null;
  } catch {
    return null;
  }
}

const config = loadConfig();
if (config.local) await startLocalNeo4j(config.local, config.neo4j, (line) => console.error(line));
const serverPid = config.local ? localStatus(config.local) : null;
const executor = createExecutor(config.neo4j);
console.log(`bench:load against ${config.neo4j.uri} (database "${config.neo4j.database}", cleared before each size)`);
console.log(`concurrency ${concurrency}, texts ${values.texts ? "stored" : "not stored"}, seed ${values.seed}`);
try {
  await applySchema(executor);
  for (const n of sizes) {
    await clearGraph(executor);
    const corpus = generateSyntheticCorpus(n, Number(values.seed));
    const docs = corpus.map(({ extraction, text }, i) => ({ extraction, text: values.texts ? text : undefined, file: `synthetic#${i}` }));
    let sampledPeak = 0;
    const sampler = setInterval(() => {
      sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
    }, 50);
    const summary = await loadExtractions(executor, docs, { concurrency });
    clearInterval(sampler);
    const items = summary.entities + summary.relations;
    const rate = Math.round(items / summary.seconds);
    const peak = peakRssMiB("self") ?? sampledPeak / 2 ** 20;
    const serverPeak = serverPid?.running ? peakRssMiB(serverPid.pid) : null;
    console.log(
      `N=${n}: ${summary.reports} reports, ${summary.entities} entities + ${summary.relations} relations in ${summary.seconds.toFixed(1)}s` +
        ` = ${rate} entities+relations/s; peak RSS loader ${peak.toFixed(0)} MiB` +
        (serverPeak === null
          ? ""
          : `, Neo4j ${serverPeak.toFixed(0)} MiB (heap ${config.local?.heap}, page cache ${config.local?.pageCache})`),
    );
  }
  if (!values.keep) {
    const seeded = await resetAndSeed(executor);
    console.log(`graph restored to the seeds (${seeded.reports} reports)`);
  }
} finally {
  await executor.close();
}
