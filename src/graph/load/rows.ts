import type { Entity, EntityType, Extraction, Relation, RelationType, Span } from "../../domain/model.js";
import { ENTITY_TYPES, RELATION_TYPES } from "../../domain/model.js";
import { foldVietnamese } from "../../domain/text.js";

export type Row = Record<string, unknown>;

/**
 * Everything one report's transaction sends (cypher/load/write-report.cypher), grouped by
 * label and relationship type. Every label and type is a key, with [] when the report has
 * none, so the statement's parameter types never change and its plan is made once.
 */
export interface ReportRows {
  reportId: string;
  /** Evidence strings of this report start with it: `<reportId>@<start>-<end>`. */
  evidencePrefix: string;
  report: Row;
  /** Per label, sorted by id: the entity's fields and this report's mention of it (spans, aliases, search terms). */
  entities: Record<EntityType, Row[]>;
  /** Per relationship type, one row per distinct relationship. */
  relations: Record<RelationType, Row[]>;
  entityIds: string[];
  /** Same shape as prune-relations.cypher builds from the graph: `type|from|to|key`. */
  relationKeys: string[];
  counts: { entities: number; relations: number };
}

/** Code-unit order, as Cypher orders strings (lock-mentioned, refresh-search): not localeCompare. */
const byId = (a: Row, b: Row) => {
  const [x, y] = [String(a.id), String(b.id)];
  return x < y ? -1 : x > y ? 1 : 0;
};

function typeFields(e: Entity): Row {
  switch (e.type) {
    case "Province":
      return { code: e.code };
    case "Organization":
      return { kind: e.kind, province: e.province };
    case "Person":
      return {};
    case "Conference":
      return { date: e.date, year: e.year, province: e.province };
    case "Programme":
      return { kind: e.kind, period: e.period };
    case "Directive":
      return { kind: e.kind, number: e.number, issuedOn: e.issuedOn };
  }
}

/** Folded, with runs of white space collapsed: the form `searchText` indexes and queries use. */
export function searchTerm(s: string): string {
  return foldVietnamese(s.normalize("NFC")).replace(/\s+/g, " ").trim();
}

const sortedUnique = (xs: Iterable<string>) => [...new Set(xs)].sort();

/**
 * One entity of the report: write-report merges the node and the report's
 * MENTIONS of it from this row. `mention` is what this report says the entity
 * is, as the MENTIONS relationship stores it: name, aliases other than the name,
 * search terms, and the type's fields it gives (nulls left out). Spans and the
 * year go apart, to be stored as integers. `at` is the entity's position among
 * the report's entities: relation rows name their ends by it.
 */
function entityRow(e: Entity): Row {
  const spans = [...e.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const mention: Row = {
    name: e.name,
    aliases: sortedUnique(e.aliases.filter((a) => a !== e.name)),
    searchTerms: sortedUnique([e.name, ...e.aliases].map(searchTerm).filter((t) => t !== "")),
  };
  let year: unknown = null;
  for (const [key, value] of Object.entries(typeFields(e))) {
    if (key === "year") year = value ?? null;
    else if (value !== null && value !== undefined) mention[key] = value;
  }
  return { id: e.id, at: -1, spans: spans.flatMap((s) => [s.start, s.end]), year, mention };
}

/** HOLDS_POSITION is one relationship per (person, organisation, title, asOf); MERGE cannot match on a null asOf. */
export function holdsPositionKey(title: string, asOf: string | null | undefined): string {
  return `${title}@${asOf ?? ""}`;
}

function relationKeyOf(r: Relation): string {
  return r.type === "HOLDS_POSITION" ? holdsPositionKey(r.title ?? "", r.asOf) : "";
}

/**
 * A relation stated twice in one file is one relationship: evidence is merged,
 * so the statement never sees two rows racing to MERGE the same pattern.
 */
function relationRows(
  x: Extraction,
  prefix: string,
  at: ReadonlyMap<string, number>,
): { byType: Map<RelationType, Row[]>; keys: string[] } {
  const grouped = new Map<string, { r: Relation; key: string; spans: Map<string, Span> }>();
  for (const r of x.relations) {
    const key = relationKeyOf(r);
    const full = `${r.type}|${r.from}|${r.to}|${key}`;
    const entry = grouped.get(full) ?? { r, key, spans: new Map<string, Span>() };
    for (const s of r.evidence) entry.spans.set(`${s.start}-${s.end}`, s);
    grouped.set(full, entry);
  }
  const byType = new Map<RelationType, Row[]>(RELATION_TYPES.map((t) => [t, []]));
  for (const { r, key, spans } of grouped.values()) {
    const evidence = [...spans.values()].sort((a, b) => a.start - b.start || a.end - b.end).map((s) => `${prefix}${s.start}-${s.end}`);
    // Ends by position among the report's entities; AUTHORED ends at the report itself (null).
    const row: Row = { fromAt: at.get(r.from) ?? null, toAt: at.get(r.to) ?? null, evidence };
    if (r.type === "HOLDS_POSITION") Object.assign(row, { key, title: r.title, asOf: r.asOf ?? null });
    byType.get(r.type)?.push(row);
  }
  return { byType, keys: [...grouped.keys()].sort() };
}

export function reportRows(x: Extraction): ReportRows {
  const prefix = `${x.report.id}@`;
  const inferred = (x.report as { provinceInferredFrom?: string | null }).provinceInferredFrom ?? null;
  const entities = Object.fromEntries(ENTITY_TYPES.map((t) => [t, [] as Row[]])) as Record<EntityType, Row[]>;
  for (const e of x.entities) entities[e.type].push(entityRow(e));
  // Rows sorted by id within a label: write-report takes the labels in the order of their id
  // prefixes, so every load locks its entities in id order.
  const at = new Map<string, number>();
  for (const type of ENTITY_TYPES)
    for (const row of entities[type].sort(byId)) {
      row.at = at.size;
      at.set(String(row.id), at.size);
    }
  const { byType, keys } = relationRows(x, prefix, at);
  return {
    reportId: x.report.id,
    evidencePrefix: prefix,
    // Every key present (null when unknown), so a reload overwrites what an older version set.
    report: {
      id: x.report.id,
      title: x.report.title,
      publishedOn: x.report.publishedOn,
      publisher: x.report.publisher,
      author: x.report.author,
      province: x.report.province,
      provinceInferredFrom: inferred,
      source: x.report.source,
      sha256: x.report.sha256,
    },
    entities,
    relations: Object.fromEntries(RELATION_TYPES.map((t) => [t, byType.get(t) ?? []])) as Record<RelationType, Row[]>,
    entityIds: x.entities.map((e) => e.id).sort(),
    relationKeys: keys,
    counts: { entities: x.entities.length, relations: x.relations.length },
  };
}
