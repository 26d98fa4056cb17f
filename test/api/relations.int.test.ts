import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Extraction, RelationType } from "../../src/domain/model.js";
import { SEEDS_DIR } from "../../src/graph/seed.js";
import { useApiOverHttp } from "../support/api-server.js";

/** Where each relation shows from each end: `[type on that end, field, key of the far node in the link]`. */
type Side = [string, string, string];
const OUT: Record<RelationType, (fromType: string) => Side> = {
  LOCATED_IN: () => ["Organization", "locatedIn", "province"],
  PART_OF: () => ["Organization", "partOf", "organization"],
  HOLDS_POSITION: () => ["Person", "positions", "organization"],
  ORGANIZED: () => ["Organization", "organized", "conference"],
  HELD_IN: () => ["Conference", "heldIn", "province"],
  CHAIRED: () => ["Person", "chaired", "conference"],
  DIRECTED: () => ["Person", "directed", "conference"],
  ATTENDED: (t) => [t, "attended", "conference"],
  ISSUED: (t) => [t, "issued", "directive"],
  ISSUED_AT: () => ["Directive", "issuedAt", "conference"],
  ADDRESSED_TO: () => ["Directive", "addressedTo", "organization"],
  IMPLEMENTS: () => ["Organization", "implements", "entity"],
  AUTHORED: () => ["Person", "authored", "report"],
};
const IN: Record<RelationType, (toType: string) => Side> = {
  LOCATED_IN: () => ["Province", "organizations", "organization"],
  PART_OF: () => ["Organization", "parts", "organization"],
  HOLDS_POSITION: () => ["Organization", "people", "person"],
  ORGANIZED: () => ["Conference", "organizers", "organization"],
  HELD_IN: () => ["Province", "conferences", "conference"],
  CHAIRED: () => ["Conference", "chairs", "person"],
  DIRECTED: () => ["Conference", "directors", "person"],
  ATTENDED: () => ["Conference", "attendees", "entity"],
  ISSUED: () => ["Directive", "issuedBy", "entity"],
  ISSUED_AT: () => ["Conference", "instructions", "directive"],
  ADDRESSED_TO: () => ["Organization", "addressedBy", "directive"],
  IMPLEMENTS: (t) => [t, "implementedBy", "organization"],
  AUTHORED: () => ["Report", "authors", "person"],
};

const seeds: Extraction[] = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(join(SEEDS_DIR, f), "utf8")) as Extraction);

const cases = seeds.flatMap((doc) => {
  const typeOf = new Map<string, string>([[doc.report.id, "Report"], ...doc.entities.map((e): [string, string] => [e.id, e.type])]);
  return doc.relations.map((r) => ({
    report: doc.report.id,
    relation: r,
    fromType: typeOf.get(r.from) ?? "?",
    toType: typeOf.get(r.to) ?? "?",
  }));
});

type Link = Record<string, { id: string } | Array<{ report: { id: string } }>> & { sources: Array<{ report: { id: string } }> };

function endQuery(alias: string, id: string, [type, field, key]: Side): string {
  const selection = `${field}(first: 100) { ${key} { id } sources { report { id } } }`;
  return type === "Report"
    ? `${alias}: report(id: "${id}") { ${selection} }`
    : `${alias}: node(id: "${id}") { ... on ${type} { ${selection} } }`;
}

describe("every relation of the seeds through GraphQL", () => {
  const suite = useApiOverHttp();

  it("has relations of every type to check", () => {
    const types = new Set(cases.map((c) => c.relation.type));
    expect(types.size).toBeGreaterThanOrEqual(10);
  });

  it.each(cases.map((c) => [`${c.relation.type} ${c.relation.from} → ${c.relation.to}`, c] as const))(
    "reaches %s from both ends, each citing the report",
    async (_label, c) => {
      const out = OUT[c.relation.type](c.fromType);
      const inn = IN[c.relation.type](c.toType);
      const query = `{ ${endQuery("from", c.relation.from, out)} ${endQuery("to", c.relation.to, inn)} }`;
      const { body } = await suite.api.graphql<{ from: Record<string, Link[]>; to: Record<string, Link[]> }>(query);
      expect(body.errors).toBeUndefined();
      const fromLinks = body.data?.from[out[1]] ?? [];
      const toLinks = body.data?.to[inn[1]] ?? [];
      const seen = (links: Link[], key: string, id: string) => links.filter((l) => (l[key] as { id: string }).id === id);
      const forward = seen(fromLinks, out[2], c.relation.to);
      const backward = seen(toLinks, inn[2], c.relation.from);
      expect(forward.length).toBeGreaterThan(0);
      expect(backward.length).toBeGreaterThan(0);
      expect(forward.flatMap((l) => l.sources.map((s) => s.report.id))).toContain(c.report);
      expect(backward.flatMap((l) => l.sources.map((s) => s.report.id))).toContain(c.report);
    },
  );
});
