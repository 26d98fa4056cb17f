import { readdirSync, readFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { extract } from "../../src/extract/index.js";
import { decodeReport } from "../../src/extract/read-report.js";

/**
 * `npm run bench:extract`: MB of report text extracted per second on one core
 * (one process, no workers) and the process's peak RSS, over a corpus built
 * from our own test documents (test/fixtures/extract/reports), repeated until
 * it reaches the target size.
 */
const TARGET_BYTES = Number(process.env.BENCH_BYTES ?? 8 * 1024 * 1024);
const dir = resolve(import.meta.dirname, "../fixtures/extract/reports");
const docs = readdirSync(dir)
  .sort()
  .map((f) => decodeReport(f, readFileSync(join(dir, f)), extname(f)).text);
const bytesOf = (s: string) => Buffer.byteLength(s, "utf8");

// Warm-up: registry data loads and regexes compile once per process.
for (const d of docs) extract(d, { source: "warmup.txt" });

const corpus: string[] = [];
let size = 0;
for (let i = 0; size < TARGET_BYTES; i++) {
  const d = docs[i % docs.length] as string;
  corpus.push(d);
  size += bytesOf(d);
}

const started = process.hrtime.bigint();
let entities = 0;
let relations = 0;
for (let i = 0; i < corpus.length; i++) {
  const x = extract(corpus[i] as string, { source: `doc-${i}.txt` });
  entities += x.entities.length;
  relations += x.relations.length;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const mb = size / (1024 * 1024);
const peakRssMb = process.resourceUsage().maxRSS / 1024;

console.log(`corpus      ${corpus.length} reports from ${docs.length} test documents, ${mb.toFixed(2)} MB`);
console.log(`time        ${seconds.toFixed(2)} s on one core`);
console.log(`throughput  ${(mb / seconds).toFixed(2)} MB/s, ${(corpus.length / seconds).toFixed(0)} reports/s`);
console.log(`output      ${entities} entities, ${relations} relations`);
console.log(`peak RSS    ${peakRssMb.toFixed(0)} MB`);
