import { describe, expect, it } from "vitest";
import { EXAMPLES } from "../../src/api/playground/examples.js";
import { useApiOverHttp } from "../support/api-server.js";

/** The contract's four operations, verbatim (README and front-ends rely on them). */
const CONTRACT = {
  conferences: `{ conferences(filter: {province: "province:lang-son", year: 2019}) { totalCount edges { node { id name date province { name } directors { person { name } sources { report { id } } } chairs { person { name } } } } } }`,
  search: `{ search(text: "nguyen long hai", types: [PERSON]) { score entity { id name ... on Person { positions { title asOf organization { name } } directed { conference { name date } } } } } }`,
  connections: `{ connections(from: "person:huynh-thanh-dien", to: "province:nghe-an", maxHops: 3) { length steps { from { id name } relation to { id name } } } }`,
  stats: `{ stats { entities { type count } } }`,
};

interface Named {
  name: string;
}

describe("the contract queries over HTTP against the seed graph", () => {
  const suite = useApiOverHttp();

  it("finds Lạng Sơn's 2019 conference, directed by Nguyễn Long Hải, with the report that states it", async () => {
    type Data = {
      conferences: {
        totalCount: number;
        edges: Array<{
          node: {
            id: string;
            date: string;
            province: Named;
            directors: Array<{ person: Named; sources: Array<{ report: { id: string } }> }>;
            chairs: Array<{ person: Named }>;
          };
        }>;
      };
    };
    const { status, body } = await suite.api.graphql<Data>(CONTRACT.conferences);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const conferences = body.data?.conferences;
    expect(conferences?.totalCount).toBe(1);
    const node = conferences?.edges[0]?.node;
    expect(node?.date).toBe("2019-01-17");
    expect(node?.province.name).toBe("Lạng Sơn");
    expect(node?.directors.map((d) => d.person.name)).toEqual(["Nguyễn Long Hải"]);
    expect(node?.directors[0]?.sources.map((s) => s.report.id)).toEqual([expect.stringMatching(/^report:/)]);
  });

  it("finds Nguyễn Long Hải first when searching without diacritics, with his title and the conference he directed", async () => {
    type Data = {
      search: Array<{
        score: number;
        entity: {
          id: string;
          positions: Array<{ title: string; asOf: string; organization: Named }>;
          directed: Array<{ conference: { date: string } }>;
        };
      }>;
    };
    const { body } = await suite.api.graphql<Data>(CONTRACT.search);
    expect(body.errors).toBeUndefined();
    const [top, ...rest] = body.data?.search ?? [];
    expect(top?.entity.id).toBe("person:nguyen-long-hai");
    for (const hit of rest) expect(hit.score).toBeLessThan(top?.score ?? 0);
    expect(top?.entity.positions).toContainEqual({
      title: "Phó Chủ tịch",
      asOf: "2019-01-17",
      organization: { name: "Ủy ban nhân dân tỉnh Lạng Sơn" },
    });
    expect(top?.entity.directed.map((d) => d.conference.date)).toEqual(["2019-01-17"]);
  });

  it("connects Huỳnh Thanh Điền to Nghệ An through the conference he directed there", async () => {
    type Data = { connections: Array<{ length: number; steps: Array<{ from: { id: string }; relation: string; to: { id: string } }> }> };
    const { body } = await suite.api.graphql<Data>(CONTRACT.connections);
    expect(body.errors).toBeUndefined();
    const paths = body.data?.connections ?? [];
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.length).toBeLessThanOrEqual(3);
      expect(path.steps[0]?.from.id).toBe("person:huynh-thanh-dien");
      expect(path.steps.at(-1)?.to.id).toBe("province:nghe-an");
    }
    expect(paths.map((p) => p.steps.map((s) => s.relation).join(">"))).toContain("DIRECTED>HELD_IN");
  });

  it("counts the entities of every type", async () => {
    const { body } = await suite.api.graphql<{ stats: { entities: Array<{ type: string; count: number }> } }>(CONTRACT.stats);
    expect(body.errors).toBeUndefined();
    const counts = Object.fromEntries((body.data?.stats.entities ?? []).map((e) => [e.type, e.count]));
    for (const type of ["PROVINCE", "ORGANIZATION", "PERSON", "CONFERENCE", "PROGRAMME", "DIRECTIVE"])
      expect(counts[type]).toBeGreaterThan(0);
    expect(counts.CONFERENCE).toBe(4);
  });

  it("serves the same four operations as the playground's examples", () => {
    const strip = (q: string) =>
      q
        .replace(/#.*$/gm, "")
        .replace(/query \w+/, "")
        .replace(/\s+/g, "");
    expect(EXAMPLES.map((e) => strip(e.query))).toEqual(Object.values(CONTRACT).map(strip));
  });

  it("names the director and the three chairs of Nghệ An's 2014-01-02 conference", async () => {
    type Data = {
      conferences: { edges: Array<{ node: { date: string; directors: Array<{ person: Named }>; chairs: Array<{ person: Named }> } }> };
    };
    const { body } = await suite.api.graphql<Data>(
      `{ conferences(filter: {province: "province:nghe-an", from: "2014-01-02", to: "2014-01-02"}) { edges { node { date directors { person { name } } chairs { person { name } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const node = body.data?.conferences.edges[0]?.node;
    expect(node?.directors.map((d) => d.person.name)).toEqual(["Huỳnh Thanh Điền"]);
    expect(node?.chairs.map((c) => c.person.name).sort()).toEqual(["Hồ Quang Thành", "Nguyễn Bá Hảo", "Phan Nguyên Hào"].sort());
  });

  it("lists Lê Văn Quý among the attendees of Điện Biên's 2020-01-09 conference, and the conference among his", async () => {
    type Data = {
      conferences: { edges: Array<{ node: { id: string; attendees: Array<{ entity: { id: string; name: string } }> } }> };
      person: { attended: Array<{ conference: { id: string } }> } | null;
    };
    const { body } = await suite.api.graphql<Data>(
      `{ conferences(filter: {province: "province:dien-bien", year: 2020}) { edges { node { id attendees(first: 100) { entity { id name } } } } }
         person(id: "person:le-van-quy") { attended { conference { id } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const conference = body.data?.conferences.edges.find((e) => e.node.id.endsWith("2020-01-09"))?.node;
    expect(conference?.attendees.map((a) => a.entity.name)).toContain("Lê Văn Quý");
    expect(body.data?.person?.attended.map((a) => a.conference.id)).toContain(conference?.id);
  });
});
