import { describe, expect, it } from "vitest";
import { useApiOverHttp } from "../support/api-server.js";

type Page<N = { id: string }> = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: N }>;
};

describe("root queries against the seed graph", () => {
  const suite = useApiOverHttp();

  async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const { body } = await suite.api.graphql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  }

  it("pages through every list one item at a time in the same order as one big page", async () => {
    for (const list of ["conferences", "people", "organizations", "directives", "programmes", "reports"]) {
      const all = (await data<Record<string, Page>>(`{ ${list}(first: 100) { totalCount edges { node { id } } } }`))[list] as Page;
      expect(all.edges.length, list).toBe(all.totalCount);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Page = (
          await data<Record<string, Page>>(
            `query($after: String) { ${list}(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
            { after },
          )
        )[list] as Page;
        seen.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen, list).toEqual(all.edges.map((e) => e.node.id));
    }
  });

  it("orders conferences by date, then id", async () => {
    const { conferences } = await data<{ conferences: { edges: Array<{ node: { date: string | null } }> } }>(
      "{ conferences { edges { node { date } } } }",
    );
    const dates = conferences.edges.map((e) => e.node.date ?? "9999-12-31");
    expect(dates).toEqual([...dates].sort());
  });

  it("filters conferences by who directed and who chaired them", async () => {
    const q = `query($f: ConferenceFilter) { conferences(filter: $f) { totalCount edges { node { date } } } }`;
    const directed = await data<{ conferences: Page<{ date: string }> }>(q, {
      f: { directedBy: "person:huynh-thanh-dien" },
    });
    expect(directed.conferences.edges.map((e) => e.node.date)).toEqual(["2014-01-02"]);
    const chaired = await data<{ conferences: Page }>(q, { f: { chairedBy: "person:nguyen-ba-hao", year: 2019 } });
    expect(chaired.conferences.totalCount).toBe(0);
  });

  it("filters people by folded name, province and title", async () => {
    const q = `query($f: PersonFilter) { people(filter: $f) { edges { node { id } } } }`;
    const ids = async (f: Record<string, unknown>) => (await data<{ people: Page }>(q, { f })).people.edges.map((e) => e.node.id);
    expect(await ids({ name: "LONG HAI" })).toEqual(["person:nguyen-long-hai"]);
    expect(await ids({ name: "Hải" })).toContain("person:nguyen-long-hai");
    expect(await ids({ province: "province:nghe-an", title: "phó chủ tịch" })).toContain("person:huynh-thanh-dien");
  });

  it("finds people by search despite missing diacritics and a typo, and narrows by type", async () => {
    const q = `query($t: String!, $types: [EntityType!]) { search(text: $t, types: $types) { score entity { id type } } }`;
    const top = async (text: string, types?: string[]) =>
      (await data<{ search: Array<{ entity: { id: string; type: string } }> }>(q, { t: text, types })).search;
    expect((await top("Lê Văn Quý"))[0]?.entity.id).toBe("person:le-van-quy");
    expect((await top("le van quy"))[0]?.entity.id).toBe("person:le-van-quy");
    expect((await top("nguyen long hia", ["PERSON"]))[0]?.entity.id).toBe("person:nguyen-long-hai");
    expect((await top("nghe an", ["PROVINCE"]))[0]?.entity.id).toBe("province:nghe-an");
    for (const hit of await top("dien bien", ["ORGANIZATION"])) expect(hit.entity.type).toBe("ORGANIZATION");
  });

  it("looks entities up by id, null when absent, and resolves node() to the right type", async () => {
    const d = await data<{ node: { __typename: string; name: string }; person: null; province: { code: string | null } }>(
      `{ node(id: "province:lang-son") { __typename name } person(id: "person:nobody-at-all") { id } province(id: "province:nghe-an") { code } }`,
    );
    expect(d.node).toEqual({ __typename: "Province", name: "Lạng Sơn" });
    expect(d.person).toBeNull();
  });

  it("quotes the stated words when the report text was loaded", async () => {
    const d = await data<{
      person: { directed: Array<{ sources: Array<{ quote: string | null; spans: unknown[]; report: { hasText: boolean } }> }> };
    }>(`{ person(id: "person:nguyen-long-hai") { directed { sources { quote spans { start end } report { hasText } } } } }`);
    const source = d.person.directed[0]?.sources[0];
    expect(source?.spans.length).toBeGreaterThan(0);
    if (source?.report.hasText) expect(source.quote).toContain("Nguyễn Long Hải");
    else expect(source?.quote).toBeNull();
  });

  it("shows a province's officials and a report's entities with the report as their source", async () => {
    const d = await data<{
      province: { officials: Array<{ person: { id: string }; title: string; organization: { id: string } }> };
      reports: {
        edges: Array<{ node: { id: string; entities: Array<{ entity: { type: string }; sources: Array<{ report: { id: string } }> }> } }>;
      };
    }>(
      `{ province(id: "province:lang-son") { officials { person { id } title organization { id } } }
         reports(filter: {province: "province:lang-son"}) { edges { node { id entities(types: [PERSON]) { entity { type } sources { report { id } } } } } } }`,
    );
    expect(d.province.officials).toContainEqual({
      person: { id: "person:nguyen-long-hai" },
      title: "Phó Chủ tịch",
      organization: { id: "org:uy-ban-nhan-dan-tinh-lang-son" },
    });
    const report = d.reports.edges[0]?.node;
    expect(report?.entities.length).toBeGreaterThan(0);
    for (const e of report?.entities ?? []) {
      expect(e.entity.type).toBe("PERSON");
      expect(e.sources[0]?.report.id).toBe(report?.id);
    }
  });

  it("counts per province and per year consistently with the lists", async () => {
    const d = await data<{
      stats: {
        provinces: Array<{ province: { id: string }; conferences: number; reports: number }>;
        years: Array<{ year: number; conferences: number }>;
      };
      langSon: { totalCount: number };
      y2014: { totalCount: number };
    }>(
      `{ stats { provinces { province { id } conferences reports } years { year conferences } }
         langSon: conferences(filter: {province: "province:lang-son"}) { totalCount }
         y2014: conferences(filter: {year: 2014}) { totalCount } }`,
    );
    expect(d.stats.provinces.find((p) => p.province.id === "province:lang-son")?.conferences).toBe(d.langSon.totalCount);
    expect(d.stats.years.find((y) => y.year === 2014)?.conferences).toBe(d.y2014.totalCount);
  });

  it("says which end of connections does not exist, and finds nothing beyond maxHops", async () => {
    const { body } = await suite.api.graphql(`{ connections(from: "person:nobody-at-all", to: "province:nghe-an") { length } }`);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", argument: "from" });
    const near = await data<{ connections: unknown[] }>(
      `{ connections(from: "person:huynh-thanh-dien", to: "province:nghe-an", maxHops: 1) { length } }`,
    );
    expect(near.connections).toEqual([]);
  });
});
