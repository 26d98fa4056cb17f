import { describe, expect, it } from "vitest";
import { ID_PREFIX } from "../../src/domain/ids.js";
import { ENTITY_TYPES, type EntityType, RELATION_ENDS, RELATION_TYPES } from "../../src/domain/model.js";
import { CypherRegistry } from "../../src/graph/cypher-registry.js";
import { ALL_LOAD_STATEMENTS, LOAD } from "../../src/graph/load/statements.js";

const registry = CypherRegistry.load();
const writeReport = registry.get(LOAD.writeReport);

/** The UNION ALL branch of write-report that reads `$<list>.<key>`. */
function branch(list: "entities" | "relations", key: string): string {
  const found = writeReport.split("UNION ALL").filter((b) => b.includes(`UNWIND $${list}.${key} AS row`));
  expect(found, `one branch reads $${list}.${key}`).toHaveLength(1);
  return found[0] ?? "";
}

/** The labels a relation branch admits for `a` or `b`: its `WHERE a:… AND b:…` check of the ends it takes from the report's entities. */
function endLabels(text: string, variable: "a" | "b"): string[] {
  const check = /^\s*WHERE (.+ AND .+)$/m.exec(text)?.[1] ?? "";
  return [...check.matchAll(new RegExp(`\\b${variable}:(\\w+)`, "g"))].map((m) => m[1] ?? "");
}

describe("the loader's Cypher statements", () => {
  it("all exist as files under cypher/, one statement each", () => {
    expect(() => registry.require(ALL_LOAD_STATEMENTS)).not.toThrow();
    for (const name of ALL_LOAD_STATEMENTS) expect(registry.get(name)).not.toMatch(/;\s*(\n|$)/);
  });

  it.each(RELATION_TYPES)("%s is merged between exactly the labels the format allows", (type) => {
    const text = branch("relations", type);
    expect(text).toMatch(new RegExp(`-\\[\\w+:${type}[ \\]]`));
    expect(endLabels(text, "a").sort()).toEqual([...RELATION_ENDS[type].from].sort());
    expect(endLabels(text, "b").sort()).toEqual([...RELATION_ENDS[type].to].sort());
  });

  it.each(ENTITY_TYPES)("merges %s under its own label and Entity", (type) => {
    const text = branch("entities", type);
    expect(text).toContain(`MERGE (n:${type} {id: row.id})`);
    expect(text).toContain("n:Entity");
    expect(text).toContain(`n.type = '${type}'`);
  });

  it("takes the labels in the order of their id prefixes, so that every load locks its entities in id order", () => {
    const order = [...writeReport.matchAll(/UNWIND \$entities\.(\w+) AS row/g)].map((m) => m[1] as EntityType);
    expect(order).toEqual([...ENTITY_TYPES].sort((a, b) => (ID_PREFIX[a] < ID_PREFIX[b] ? -1 : 1)));
  });

  it("reads only the lists of the fixed labels and types", () => {
    const lists = [...writeReport.matchAll(/\$(entities|relations)\.(\w+)/g)].map((m) => `${m[1]}.${m[2]}`).sort();
    expect(lists).toEqual([...ENTITY_TYPES.map((t) => `entities.${t}`), ...RELATION_TYPES.map((t) => `relations.${t}`)].sort());
  });

  it("passes every value as a parameter: no statement is built from strings at run time", () => {
    for (const name of ALL_LOAD_STATEMENTS) expect(registry.get(name)).not.toMatch(/\$\{|apoc\./);
  });
});
