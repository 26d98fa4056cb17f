import type { Entity, EntityType, Extraction, Relation, RelationType, Span } from "../../domain/model.js";
import { ENTITY_TYPES, RELATION_TYPES } from "../../domain/model.js";
import { foldVietnamese } from "../../domain/text.js";

export type Row = Record<string, unknown>;

/** Everything one report's transaction sends, already grouped by statement. */
export interface ReportRows {
  reportId: string;
  /** Evidence strings of this report start with it: `<reportId>@<start>-<end>`. */
  evidencePrefix: string;
  report: Row;
  entities: Array<[EntityType, Row[]]>;
  mentions: Row[];
  relations: Array<[RelationType, Row[]]>;
  entityIds: string[];
  /** Same shape as prune-relations.cypher builds from the graph: `type|from|to|key`. */
  relationKeys: string[];
  counts: { entities: number; relations: number };
}

const byId = (a: Row, b: Row) => String(a.id).localeCompare(String(b.id));

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

function mentionRow(e: Entity): Row {
  const spans = [...e.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    id: e.id,
    name: e.name,
    ...typeFields(e),
    spans: spans.flatMap((s) => [s.start, s.end]),
    aliases: sortedUnique(e.aliases.filter((a) => a !== e.name)),
    searchTerms: sortedUnique([e.name, ...e.aliases].map(searchTerm).filter((t) => t !== "")),
  };
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
function relationRows(x: Extraction, prefix: string): { byType: Map<RelationType, Row[]>; keys: string[] } {
  const grouped = new Map<string, { r: Relation; key: string; spans: Map<string, Span> }>();
  for (const r of x.relations) {
    const key = relationKeyOf(r);
    const full = `${r.type}|${r.from}|${r.to}|${key}`;
    const entry = grouped.get(full) ?? { r, key, spans: new Map<string, Span>() };
    for (const s of r.evidence) entry.spans.set(`${s.start}-${s.end}`, s);
    grouped.set(full, entry);
  }
  const byType = new Map<RelationType, Row[]>();
  for (const { r, key, spans } of grouped.values()) {
    const evidence = [...spans.values()].sort((a, b) => a.start - b.start || a.end - b.end).map((s) => `${prefix}${s.start}-${s.end}`);
    const row: Row = { from: r.from, to: r.to, evidence };
    if (r.type === "HOLDS_POSITION") Object.assign(row, { key, title: r.title, asOf: r.asOf ?? null });
    const rows = byType.get(r.type) ?? [];
    rows.push(row);
    byType.set(r.type, rows);
  }
  for (const rows of byType.values()) rows.sort((a, b) => `${a.from}|${a.to}`.localeCompare(`${b.from}|${b.to}`));
  return { byType, keys: [...grouped.keys()].sort() };
}

export function reportRows(x: Extraction): ReportRows {
  const prefix = `${x.report.id}@`;
  const inferred = (x.report as { provinceInferredFrom?: string | null }).provinceInferredFrom ?? null;
  const entitiesByType = new Map<EntityType, Row[]>();
  for (const e of x.entities) {
    const rows = entitiesByType.get(e.type) ?? [];
    rows.push({ id: e.id, name: e.name, ...typeFields(e) });
    entitiesByType.set(e.type, rows);
  }
  const { byType, keys } = relationRows(x, prefix);
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
    // Fixed label order and rows sorted by id: concurrent loads take locks in the same order.
    entities: ENTITY_TYPES.flatMap((t) => {
      const rows = entitiesByType.get(t);
      return rows ? [[t, rows.sort(byId)] as [EntityType, Row[]]] : [];
    }),
    mentions: x.entities.map(mentionRow).sort(byId),
    relations: RELATION_TYPES.flatMap((t) => {
      const rows = byType.get(t);
      return rows ? [[t, rows] as [RelationType, Row[]]] : [];
    }),
    entityIds: x.entities.map((e) => e.id).sort(),
    relationKeys: keys,
    counts: { entities: x.entities.length, relations: x.relations.length },
  };
}
