import type { EntityType } from "../domain/model.js";

/**
 * What the API's statements return, turned into the objects resolvers pass
 * around. Every statement projects nodes and relationships the same way (see
 * cypher/api/*.cypher), so one mapping serves all of them.
 */
export interface EntityNode {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  code: string | null;
  kind: string | null;
  /** The stored `province` property: a Province id, resolved to a Province by a loader. */
  provinceId: string | null;
  date: string | null;
  year: number | null;
  period: string | null;
  number: string | null;
  issuedOn: string | null;
}

export interface ReportNode {
  id: string;
  title: string;
  publishedOn: string | null;
  publisher: string | null;
  author: string | null;
  provinceId: string | null;
  provinceInferredFrom: string | null;
  source: string;
  sha256: string;
  /** Whether the report text was loaded, so quotes can be cut from it. */
  hasText: boolean;
}

export interface SpanValue {
  start: number;
  end: number;
}

/** One report's support for a relation or a mention: which report, and where in its text. */
export interface SourceRef {
  reportId: string;
  spans: SpanValue[];
}

/** A relationship seen from one end: the node at the other end and what states it. */
export interface RelationEdge<N = EntityNode> {
  node: N;
  sources: SourceRef[];
  /** HOLDS_POSITION only. */
  title: string | null;
  asOf: string | null;
}

type Row = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const num = (v: unknown): number | null => (typeof v === "number" ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

export function toEntityNode(value: unknown): EntityNode {
  const row = value as Row;
  return {
    id: String(row.id),
    type: row.type as EntityType,
    name: String(row.name ?? ""),
    aliases: strings(row.aliases),
    code: str(row.code),
    kind: str(row.kind),
    provinceId: str(row.province),
    date: str(row.date),
    year: num(row.year),
    period: str(row.period),
    number: str(row.number),
    issuedOn: str(row.issuedOn),
  };
}

export function toReportNode(value: unknown): ReportNode {
  const row = value as Row;
  return {
    id: String(row.id),
    title: String(row.title ?? ""),
    publishedOn: str(row.publishedOn),
    publisher: str(row.publisher),
    author: str(row.author),
    provinceId: str(row.province),
    provinceInferredFrom: str(row.provinceInferredFrom),
    source: String(row.source ?? ""),
    sha256: String(row.sha256 ?? ""),
    hasText: row.hasText === true,
  };
}

const EVIDENCE = /^(.+)@(\d+)-(\d+)$/;

/**
 * A relationship's `reports` and `evidence` ("<reportId>@<start>-<end>") as one
 * source per report, in `reports` order. A report listed without a span still
 * gets its source: the report states the relation even if no span was kept.
 */
export function sourcesOf(reports: unknown, evidence: unknown): SourceRef[] {
  const byReport = new Map<string, SpanValue[]>();
  for (const id of strings(reports)) byReport.set(id, []);
  for (const item of strings(evidence)) {
    const match = EVIDENCE.exec(item);
    if (!match) continue;
    const [, reportId = "", start, end] = match;
    const spans = byReport.get(reportId) ?? [];
    spans.push({ start: Number(start), end: Number(end) });
    byReport.set(reportId, spans);
  }
  return [...byReport].map(([reportId, spans]) => ({ reportId, spans }));
}

/** MENTIONS keeps its spans flat: [start1, end1, start2, end2, …]. */
export function spansOfFlat(flat: unknown): SpanValue[] {
  const numbers = Array.isArray(flat) ? flat.filter((x): x is number => typeof x === "number") : [];
  const spans: SpanValue[] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) spans.push({ start: numbers[i] as number, end: numbers[i + 1] as number });
  return spans;
}

/** `{ rel: {reports, evidence, title, asOf}, node: {...} }` rows of the relation statements. */
export function toRelationEdge<N>(value: unknown, mapNode: (v: unknown) => N): RelationEdge<N> {
  const row = value as Row;
  const rel = (row.rel ?? {}) as Row;
  return {
    node: mapNode(row.node),
    sources: sourcesOf(rel.reports, rel.evidence),
    title: str(rel.title),
    asOf: str(rel.asOf),
  };
}

/** An entity known only by its id and type (see resolvers/prefetch.ts): every other field empty. */
export function entityStub(id: string, type: EntityType): EntityNode {
  return {
    id,
    type,
    name: "",
    aliases: [],
    code: null,
    kind: null,
    provinceId: null,
    date: null,
    year: null,
    period: null,
    number: null,
    issuedOn: null,
  };
}

/** A report known only by its id. */
export function reportStub(id: string): ReportNode {
  return {
    id,
    title: "",
    publishedOn: null,
    publisher: null,
    author: null,
    provinceId: null,
    provinceInferredFrom: null,
    source: "",
    sha256: "",
    hasText: false,
  };
}
