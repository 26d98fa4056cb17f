import { describe, expect, it } from "vitest";
import { RELATION_ENDS, RELATION_TYPES } from "../../src/domain/model.js";
import { CypherRegistry } from "../../src/graph/cypher-registry.js";
import { ALL_LOAD_STATEMENTS, MERGE_ENTITY, MERGE_RELATION } from "../../src/graph/load/statements.js";

const registry = CypherRegistry.load();

/** The labels a statement's MATCH on `a` or `b` admits. */
function endLabels(text: string, variable: "a" | "b"): string[] {
  const single = new RegExp(`MATCH \\(${variable}:(\\w+) \\{id: row\\.\\w+\\}\\)(?! WHERE)`).exec(text);
  if (single?.[1] && single[1] !== "Entity") return [single[1]];
  const either = new RegExp(`MATCH \\(${variable}:Entity \\{id: row\\.\\w+\\}\\) WHERE ((?:${variable}:\\w+(?: OR )?)+)`).exec(text);
  return [...(either?.[1] ?? "").matchAll(new RegExp(`${variable}:(\\w+)`, "g"))].map((m) => m[1] ?? "");
}

describe("the loader's Cypher statements", () => {
  it("all exist as files under cypher/", () => {
    expect(() => registry.require(ALL_LOAD_STATEMENTS)).not.toThrow();
  });

  it.each(RELATION_TYPES)("%s is merged between exactly the labels the format allows", (type) => {
    const text = registry.get(MERGE_RELATION[type]);
    expect(text).toContain(`-[r:${type}`);
    expect(endLabels(text, "a").sort()).toEqual([...RELATION_ENDS[type].from].sort());
    expect(endLabels(text, "b").sort()).toEqual([...RELATION_ENDS[type].to].sort());
  });

  it("merges each entity type under its own label and Entity", () => {
    for (const [type, name] of Object.entries(MERGE_ENTITY)) {
      const text = registry.get(name);
      expect(text).toContain(`MERGE (n:${type} {id: row.id})`);
      expect(text).toContain("n:Entity");
    }
  });

  it("passes every value as a parameter: no statement is built from strings at run time", () => {
    for (const name of ALL_LOAD_STATEMENTS) expect(registry.get(name)).not.toMatch(/\$\{|apoc\./);
  });
});
