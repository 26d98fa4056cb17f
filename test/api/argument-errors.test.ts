import { type ASTNode, Kind, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { argumentPaths } from "../../src/api/errors/argument-errors.plugin.js";

function pathsByValue(query: string): Record<string, string> {
  const paths = argumentPaths(parse(query));
  const out: Record<string, string> = {};
  for (const [node, path] of paths) out[label(node)] = path;
  return out;
}

function label(node: ASTNode): string {
  if (node.kind === Kind.STRING || node.kind === Kind.INT || node.kind === Kind.ENUM) return node.value;
  return node.kind;
}

describe("argumentPaths", () => {
  it("names each literal by its argument and input-field path", () => {
    const paths = pathsByValue('{ conferences(filter: {province: "p", year: 2019, from: "2019-13-01"}, first: 5) { totalCount } }');
    expect(paths["2019-13-01"]).toBe("filter.from");
    expect(paths["2019"]).toBe("filter.year");
    expect(paths["5"]).toBe("first");
    expect(paths.ObjectValue).toBe("filter");
  });

  it("gives list elements their index", () => {
    const paths = pathsByValue('{ search(text: "x", types: [PERSON, BOGUS]) { score } }');
    expect(paths.BOGUS).toBe("types[1]");
    expect(paths.PERSON).toBe("types[0]");
  });

  it("leaves values outside arguments, such as variable defaults, unnamed", () => {
    const paths = argumentPaths(parse("query($a: Int = 3) { health { edition } }"));
    expect([...paths.values()]).toEqual([]);
  });
});
