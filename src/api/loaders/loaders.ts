import DataLoader from "dataloader";
import type { RelationType } from "../../domain/model.js";
import type { Executor, Row } from "../../graph/executor.js";
import {
  type EntityNode,
  type RelationEdge,
  type ReportNode,
  type SourceRef,
  spansOfFlat,
  toEntityNode,
  toRelationEdge,
  toReportNode,
} from "../graph-rows.js";
import { inKeyOrder } from "./batch.js";
import { API, type Direction, relationStatement } from "./statements.js";

export type Reader = Pick<Executor, "read">;

export interface QuoteKey {
  reportId: string;
  start: number;
  end: number;
}

/** A report's mention of an entity: seen from the entity (`node` is the report) or from the report (`node` is the entity). */
export interface MentionEdge<N> {
  node: N;
  sources: SourceRef[];
}

export interface OfficialEdge {
  edge: RelationEdge<EntityNode>;
  organization: EntityNode;
}

/** Page sizes of Province's nested lists to fetch with the province (null = not selected). */
export interface ProvincePages {
  conferences: number | null;
  organizations: number | null;
  officials: number | null;
  /** Conference.directors of each conference on the `conferences` page. */
  conferenceDirectors: number | null;
}

export type StatsSection = "entities" | "relations" | "provinces" | "years" | "provinceYears";
const STATS_STATEMENT: Readonly<Record<StatsSection, string>> = {
  entities: API.statsEntities,
  relations: API.statsRelations,
  provinces: API.statsProvinces,
  years: API.statsYears,
  provinceYears: API.statsProvinceYears,
};

const ids = (keys: readonly string[]) => ({ ids: [...keys] });
const byId = (row: Row) => row.id as string;

/**
 * The DataLoaders of one request. Created per request (never shared, so one
 * user's cache is never another's), and the only way field resolvers reach
 * the database: each batch is one statement, however many parents asked.
 * Loaders that take arguments (`first`, `types`) get one instance per
 * argument set, so a page size never leaks into another field's batch.
 */
export class Loaders {
  readonly entity: DataLoader<string, EntityNode | null>;
  readonly report: DataLoader<string, ReportNode | null>;
  readonly quote: DataLoader<QuoteKey, string | null, string>;
  readonly stats: DataLoader<StatsSection, Row[]>;
  private readonly keyed = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly executor: Reader) {
    this.entity = new DataLoader(async (keys) => {
      const rows = await executor.read(API.entitiesById, ids(keys));
      return inKeyOrder(keys, rows, byId, (row) => toEntityNode(row.node), null);
    });
    this.report = new DataLoader(async (keys) => {
      const rows = await executor.read(API.reportsById, ids(keys));
      return inKeyOrder(keys, rows, byId, (row) => toReportNode(row.node), null);
    });
    this.quote = new DataLoader(
      async (keys) => {
        const spans = keys.map((k) => ({ key: quoteKey(k), report: k.reportId, start: k.start, end: k.end }));
        const rows = await executor.read(API.reportQuotes, { spans });
        return inKeyOrder(
          keys.map(quoteKey),
          rows,
          (row) => row.key as string,
          (row) => (row.quote as string | null) ?? null,
          null,
        );
      },
      { cacheKeyFn: quoteKey },
    );
    this.stats = new DataLoader(async (sections) => Promise.all(sections.map((s) => executor.read(STATS_STATEMENT[s]))));
  }

  /** Both ends of one relationship type: `out` from the actor, `in` from the thing. */
  relation(type: RelationType, direction: Direction, first: number): DataLoader<string, RelationEdge[]> {
    const statement = relationStatement(type, direction);
    return this.loader(`${statement}|${first}`, async (keys) => {
      const rows = await this.executor.read(statement, { ids: [...keys], first });
      return inKeyOrder(keys, rows, byId, (row) => edgesOf(row, (node) => toEntityNode(node)), []);
    });
  }

  /** AUTHORED from the person's side: the far end is a report, not an entity. */
  authored(first: number): DataLoader<string, RelationEdge<ReportNode>[]> {
    const statement = relationStatement("AUTHORED", "out");
    return this.loader(`${statement}|${first}`, async (keys) => {
      const rows = await this.executor.read(statement, { ids: [...keys], first });
      return inKeyOrder(keys, rows, byId, (row) => edgesOf(row, toReportNode), []);
    });
  }

  /** The reports that mention each entity, with the spans. */
  mentions(first: number): DataLoader<string, MentionEdge<ReportNode>[]> {
    return this.loader(`${API.entityMentions}|${first}`, async (keys) => {
      const rows = await this.executor.read(API.entityMentions, { ids: [...keys], first });
      return inKeyOrder(
        keys,
        rows,
        byId,
        (row) =>
          (row.mentions as Row[]).map((m) => {
            const report = toReportNode(m.report);
            return { node: report, sources: [{ reportId: report.id, spans: spansOfFlat(m.spans) }] };
          }),
        [],
      );
    });
  }

  /** What each report mentions, optionally only some entity types. */
  reportEntities(types: readonly string[] | null, first: number): DataLoader<string, MentionEdge<EntityNode>[]> {
    return this.loader(`${API.reportEntities}|${types?.join(",") ?? "*"}|${first}`, async (keys) => {
      const rows = await this.executor.read(API.reportEntities, { ids: [...keys], first, types });
      return inKeyOrder(
        keys,
        rows,
        byId,
        (row) =>
          (row.edges as Row[]).map((e) => ({
            node: toEntityNode(e.node),
            sources: [{ reportId: row.id as string, spans: spansOfFlat(e.spans) }],
          })),
        [],
      );
    });
  }

  /** Positions held in each province's organisations. */
  officials(first: number): DataLoader<string, OfficialEdge[]> {
    return this.loader(`${API.provinceOfficials}|${first}`, async (keys) => {
      const rows = await this.executor.read(API.provinceOfficials, { ids: [...keys], first });
      return inKeyOrder(keys, rows, byId, (row) => officialEdgesOf(row.edges), []);
    });
  }

  /**
   * Root province(id) with the first pages of the lists the query selects (a
   * page size each, null = not selected), in one statement: the pages are
   * primed into the loaders their fields use, so those fields cost no round
   * trip. Null when there is no such province.
   */
  async province(id: string, pages: ProvincePages): Promise<EntityNode | null> {
    const rows = await this.executor.read(API.provinceById, {
      id,
      conferencesFirst: pages.conferences,
      organizationsFirst: pages.organizations,
      officialsFirst: pages.officials,
      conferenceDirectorsFirst: pages.conferenceDirectors,
    });
    const row = rows[0];
    if (!row) return null;
    const node = toEntityNode(row.node);
    this.entity.prime(id, node);
    if (pages.conferences !== null) this.primeRelation("HELD_IN", "in", pages.conferences, id, row.conferences);
    if (pages.organizations !== null) this.primeRelation("LOCATED_IN", "in", pages.organizations, id, row.organizations);
    if (pages.officials !== null) this.officials(pages.officials).prime(id, officialEdgesOf(row.officials));
    const directorsFirst = pages.conferenceDirectors;
    if (directorsFirst !== null)
      for (const c of row.conferenceDirectors as Row[]) this.primeRelation("DIRECTED", "in", directorsFirst, c.id as string, c.edges);
    return node;
  }

  /**
   * A relation page another statement already returned (rows shaped as the
   * relation statement's `edges`, for the same `first`): the field that asks
   * for it next needs no round trip.
   */
  primeRelation(type: RelationType, direction: Direction, first: number, id: string, edges: unknown): void {
    this.relation(type, direction, first).prime(
      id,
      edgesOf({ edges }, (node) => toEntityNode(node)),
    );
  }

  /** Entities fetched inline by other statements: later lookups of the same id need no round trip. */
  prime(nodes: Iterable<EntityNode>): void {
    for (const node of nodes) this.entity.prime(node.id, node);
  }

  private loader<V>(key: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.keyed.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch);
      this.keyed.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}

function quoteKey(k: QuoteKey): string {
  return `${k.reportId}@${k.start}-${k.end}`;
}

function edgesOf<N>(row: Row, mapNode: (v: unknown) => N): RelationEdge<N>[] {
  return (row.edges as Row[]).map((e) => toRelationEdge(e, mapNode));
}

function officialEdgesOf(edges: unknown): OfficialEdge[] {
  return (edges as Row[]).map((e) => ({ edge: toRelationEdge(e, toEntityNode), organization: toEntityNode(e.organization) }));
}
