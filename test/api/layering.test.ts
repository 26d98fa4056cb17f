import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_API_STATEMENTS } from "../../src/api/loaders/statements.js";
import { CYPHER_DIR, splitStatements } from "../../src/graph/cypher-registry.js";

const API_SRC = new URL("../../src/api/", import.meta.url).pathname;

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("the API's layering", () => {
  it("has a cypher/api file for every statement it names, and no file it never names", () => {
    for (const name of ALL_API_STATEMENTS) expect(existsSync(join(CYPHER_DIR, `${name}.cypher`)), name).toBe(true);
    const files = readdirSync(join(CYPHER_DIR, "api")).map((f) => `api/${f.replace(/\.cypher$/, "")}`);
    expect(files.sort()).toEqual([...ALL_API_STATEMENTS].sort());
  });

  it("keeps one statement per file", () => {
    for (const name of ALL_API_STATEMENTS)
      expect(splitStatements(readFileSync(join(CYPHER_DIR, `${name}.cypher`), "utf8")), name).toHaveLength(1);
  });

  it("holds no Cypher in TypeScript: no MATCH/MERGE/RETURN clauses in src/api", () => {
    for (const file of tsFiles(API_SRC)) {
      const code = readFileSync(file, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
      expect(code, file).not.toMatch(/\b(MATCH|MERGE|UNWIND)\s*\(|\bRETURN\s+\w+|\bCALL\s+db\./);
    }
  });

  it("lets only loaders and query functions read from the database; resolvers go through them", () => {
    for (const file of tsFiles(join(API_SRC, "resolvers"))) expect(readFileSync(file, "utf8"), file).not.toMatch(/\.read\(/);
  });
});
