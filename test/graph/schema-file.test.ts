import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ENTITY_TYPES } from "../../src/domain/model.js";
import { splitStatements } from "../../src/graph/cypher-registry.js";
import { SCHEMA_FILE } from "../../src/graph/schema.js";

const statements = splitStatements(readFileSync(SCHEMA_FILE, "utf8"));

describe("cypher/schema.cypher", () => {
  it("only creates what does not exist yet, so applying it twice changes nothing", () => {
    const creates = statements.filter((s) => /^CREATE/i.test(s));
    expect(creates.length).toBeGreaterThan(10);
    for (const s of creates) expect(s).toMatch(/IF NOT EXISTS/);
    expect(statements.filter((s) => !/^CREATE/i.test(s))).toEqual(["CALL db.awaitIndexes(300)"]);
  });

  it.each([...ENTITY_TYPES, "Report"])("makes id unique on %s", (label) => {
    expect(statements.some((s) => new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`).test(s))).toBe(true);
  });

  it("indexes the properties the API looks up", () => {
    for (const [label, property] of [
      ["Conference", "date"],
      ["Conference", "year"],
      ["Directive", "number"],
      ["Organization", "kind"],
    ])
      expect(statements.some((s) => s.includes(`FOR (n:${label}) ON (n.${property})`))).toBe(true);
  });

  it("puts every entity label in one full-text index whose analyzer keeps stop words such as 'an'", () => {
    const fulltext = statements.filter((s) => /FULLTEXT INDEX/.test(s));
    expect(fulltext).toHaveLength(1);
    const labels = /FOR \(n:([\w|]+)\)/.exec(fulltext[0] ?? "")?.[1]?.split("|");
    expect(labels?.sort()).toEqual([...ENTITY_TYPES].sort());
    expect(fulltext[0]).toContain("'standard-no-stop-words'");
  });
});
