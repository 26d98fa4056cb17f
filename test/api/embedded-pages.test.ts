import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CYPHER_DIR } from "../../src/graph/cypher-registry.js";

/**
 * Some statements return, beside their own rows, the first page of a nested
 * list (conferences-list: each conference's directors; province-by-id: the
 * province's conferences, organisations, officials and those conferences'
 * directors), and the API primes the nested field's loader with it. That is
 * only right while each such block is the same Cypher as the statement the
 * loader would run: same match, order, limit and projection. Only the page
 * size parameter and the name of the collected column may differ.
 */
const read = (name: string) => readFileSync(join(CYPHER_DIR, `${name}.cypher`), "utf8");

/** Lines, trimmed, with the page-size parameter and the collected column's name left out. */
function normalised(lines: string[]): string[] {
  return lines
    .map((l) => l.trim())
    .map((l) => l.replace(/toInteger\((?:coalesce\()?\$\w+(?:, 0\))?\)/g, "toInteger(?)"))
    .map((l) => l.replace(/\) AS \w+$/, ") AS ?"));
}

/** The body of the statement's one `CALL (<var>) { … }` subquery, with its parent variable renamed to `near`. */
function subqueryBody(statement: string, parent: string): string[] {
  const lines = read(statement).split("\n");
  const start = lines.findIndex((l) => l.startsWith(`CALL (${parent}) {`));
  const end = lines.findIndex((l, i) => i > start && l === "}");
  expect(start, statement).toBeGreaterThanOrEqual(0);
  return normalised(lines.slice(start + 1, end).map((l) => l.replaceAll(`${parent}.`, "near.")));
}

function contains(host: string[], block: string[]): boolean {
  for (let i = 0; i + block.length <= host.length; i++) if (block.every((line, k) => host[i + k] === line)) return true;
  return false;
}

const EMBEDDED: Array<{ host: string; source: string; parent: string }> = [
  { host: "api/conferences-list", source: "api/rel-directed-in", parent: "near" },
  { host: "api/province-by-id", source: "api/rel-held-in-in", parent: "near" },
  { host: "api/province-by-id", source: "api/rel-located-in-in", parent: "near" },
  { host: "api/province-by-id", source: "api/province-officials", parent: "p" },
  { host: "api/province-by-id", source: "api/rel-directed-in", parent: "near" },
];

describe("pages returned inside another statement", () => {
  it.each(EMBEDDED)("$host holds $source's page verbatim", ({ host, source, parent }) => {
    const block = subqueryBody(source, parent);
    expect(block.length).toBeGreaterThan(3);
    expect(contains(normalised(read(host).split("\n")), block), `${host} has drifted from ${source}:\n${block.join("\n")}`).toBe(true);
  });
});
