import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { Extraction } from "../domain/model.js";
import { addCounts, type Counts, matchingRule, prf, scoreReport, total } from "../extract/evaluate.js";
import { extract } from "../extract/index.js";
import { readReportFile } from "../extract/read-report.js";

/**
 * `npm run eval [-- --reports DIR --gold DIR]`: extracts the reports (default
 * ../shared/reports) and compares them with their gold annotations (default
 * the curated seeds/, `<stem>.json` per report), printing P/R/F1 per entity
 * and relation type and every miss and false hit (`--summary`: the tables
 * only). Conferences match by overlapping mention spans and date; the strict
 * id-only figures are printed after the main tables. Exit code 1 when a
 * report has no gold file or no report is found.
 */
const root = resolve(import.meta.dirname, "../..");
function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const reportsDir = resolve(option("--reports") ?? process.env.KG_REPORTS_DIR ?? resolve(root, "../shared/reports"));
const seedsDir = resolve(option("--gold") ?? resolve(root, "seeds"));
const summaryOnly = process.argv.includes("--summary");

async function main(): Promise<number> {
  if (!existsSync(reportsDir)) {
    console.error(`no reports at ${reportsDir} (set KG_REPORTS_DIR)`);
    return 1;
  }
  const files = readdirSync(reportsDir)
    .filter((f) => /\.(txt|md|html?)$/i.test(f))
    .sort();
  const entities = new Map<string, Counts>();
  const relations = new Map<string, Counts>();
  const strictEntities = new Map<string, Counts>();
  const strictRelations = new Map<string, Counts>();
  let missing = 0;
  for (const file of files) {
    const stem = basename(file).replace(/\.[^.]+$/u, "");
    const seedPath = join(seedsDir, `${stem}.json`);
    if (!existsSync(seedPath)) {
      console.log(`! ${file}: no seed at seeds/${stem}.json`);
      missing++;
      continue;
    }
    const gold = JSON.parse(readFileSync(seedPath, "utf8")) as Extraction;
    const report = await readReportFile(join(reportsDir, file));
    const extraction = extract(report.text, { source: file });
    const score = scoreReport(gold, extraction);
    addCounts(entities, score.entities);
    addCounts(relations, score.relations);
    const strict = scoreReport(gold, extraction, { conferences: "id" });
    addCounts(strictEntities, strict.entities);
    addCounts(strictRelations, strict.relations);
    if (summaryOnly) continue;
    const e = prf(total(score.entities));
    const r = prf(total(score.relations));
    console.log(`\n== ${file}  entities F1 ${e.f1.toFixed(3)}  relations F1 ${r.f1.toFixed(3)}`);
    for (const m of score.missedEntities) console.log(`  miss   entity   ${m}`);
    for (const m of score.falseEntities) console.log(`  false  entity   ${m}`);
    for (const m of score.missedRelations) console.log(`  miss   relation ${m}`);
    for (const m of score.falseRelations) console.log(`  false  relation ${m}`);
  }
  console.log(`\nMatching: ${matchingRule()}.`);
  printTable("Entities", entities);
  printTable("Relations", relations);
  console.log(`\nStrict ids (${matchingRule({ conferences: "id" })}):`);
  const se = prf(total(strictEntities));
  const sr = prf(total(strictRelations));
  const sc = prf(strictEntities.get("Conference") ?? { tp: 0, fp: 0, fn: 0 });
  console.log(`  entities F1 ${se.f1.toFixed(3)}  relations F1 ${sr.f1.toFixed(3)}  conferences F1 ${sc.f1.toFixed(3)}`);
  return missing > 0 || files.length === 0 ? 1 : 0;
}

function printTable(title: string, counts: Map<string, Counts>): void {
  console.log(`\n${title.padEnd(16)}   tp   fp   fn      P      R     F1`);
  const row = (name: string, c: Counts) => {
    const { p, r, f1 } = prf(c);
    console.log(
      `  ${name.padEnd(16)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}  ${p.toFixed(3)}  ${r.toFixed(3)}  ${f1.toFixed(3)}`,
    );
  };
  for (const [k, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) row(k, c);
  row("ALL", total(counts));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
