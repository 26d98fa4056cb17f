import "reflect-metadata";
import { type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { estimateCost } from "../../src/api/limits/query-cost.js";
import { buildApiSchema } from "../../src/api/schema.js";

const schema = buildApiSchema();
const options = { defaultPageSize: 20, defaultNestedSize: 20, maxPageSize: 100, assumedListSize: 5 };

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  if (!operation) throw new Error("no operation");
  return estimateCost(schema, operation, fragments, variables, options);
}

describe("estimateCost", () => {
  it("counts objects, not the scalars that come with them", () => {
    expect(cost('{ person(id: "person:a") { id name aliases } }')).toBe(1);
  });

  it("multiplies nested lists by their first, so list bombs cost what they could fetch", () => {
    const small = cost('{ person(id: "person:a") { attended(first: 2) { conference { name } } } }');
    const big = cost('{ person(id: "person:a") { attended(first: 100) { conference { attendees(first: 100) { entity { id } } } } } }');
    expect(small).toBe(1 + 1 + 2);
    expect(big).toBeGreaterThan(100 * 100);
  });

  it("uses the default sizes when first is absent: root page size at the root, nested size below", () => {
    expect(cost("{ conferences { edges { node { id } } } }")).toBe(1 + 20 + 20);
    expect(cost('{ conference(id: "conference:a") { chairs { person { id } } } }')).toBe(1 + 1 + 20);
  });

  it("reads first from variables and caps it at the maximum page size", () => {
    const q = "query($n: Int) { conferences(first: $n) { edges { node { id } } } }";
    expect(cost(q, { n: 7 })).toBe(1 + 7 + 7);
    expect(cost(q, { n: 10_000 })).toBe(1 + 100 + 100);
  });

  it("counts fragments once per use and survives a fragment cycle", () => {
    const viaFragment = cost('{ person(id: "person:a") { ...P } } fragment P on Person { attended(first: 3) { conference { id } } }');
    const inline = cost('{ person(id: "person:a") { attended(first: 3) { conference { id } } } }');
    expect(viaFragment).toBe(inline);
    expect(() => cost('{ person(id: "person:a") { ...A } } fragment A on Person { ...B } fragment B on Person { ...A }')).not.toThrow();
  });

  it("does not charge introspection", () => {
    expect(cost("{ __schema { types { name fields { name } } } }")).toBe(0);
  });
});
