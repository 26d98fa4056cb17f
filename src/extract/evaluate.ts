import type { Entity, Extraction, Relation, Span } from "../domain/model.js";

/**
 * Scores an extraction against a curated one. Entities match by id, except
 * INSTRUCTION directives (whose labels no two annotators word alike): those
 * match one-to-one by overlapping mention spans. Conferences, whose ids carry
 * a free-text name slug, match the same way (overlapping mention spans and the
 * same date) unless `conferences: "id"` asks for strict ids. Relations match
 * by (type, from, to) after instruction and conference ids are mapped.
 */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ReportScore {
  entities: Map<string, Counts>;
  relations: Map<string, Counts>;
  missedEntities: string[];
  falseEntities: string[];
  missedRelations: string[];
  falseRelations: string[];
}

const isInstruction = (e: Entity) => e.type === "Directive" && e.kind === "INSTRUCTION";
const entityKey = (e: Entity) => (isInstruction(e) ? "Instruction" : e.type);

function overlaps(a: Span[], b: Span[]): number {
  let best = 0;
  for (const x of a) for (const y of b) best = Math.max(best, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return best;
}

export interface ScoreOptions {
  /** "span" (default): conferences match by overlapping mentions and equal date; "id": by exact id only. */
  conferences?: "span" | "id";
}

/** How each entity type is matched, for printing beside the scores. */
export function matchingRule(options: ScoreOptions = {}): string {
  const conf =
    (options.conferences ?? "span") === "span" ? "Conferences by overlapping mention spans and the same date" : "Conferences by exact id";
  return `entities by id; INSTRUCTION directives by overlapping mention spans; ${conf}; relations by (type, from, to) after that mapping`;
}

const isConference = (e: Entity) => e.type === "Conference";
const dateOf = (e: Entity) => (e.type === "Conference" ? e.date : null);

/** Greedy one-to-one pairing of `got` with `gold` entities by largest mention overlap. */
function pairBySpans(gotEs: Entity[], goldEs: Entity[], into: Map<string, string>, compatible: (a: Entity, b: Entity) => boolean): void {
  const pairs: Array<[number, string, string]> = [];
  for (const a of gotEs)
    for (const b of goldEs) {
      if (!compatible(a, b)) continue;
      const o = overlaps(a.mentions, b.mentions);
      if (o > 0) pairs.push([o, a.id, b.id]);
    }
  pairs.sort((x, y) => y[0] - x[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : x[2] < y[2] ? -1 : 1));
  const usedGold = new Set<string>();
  for (const [, a, b] of pairs) {
    if (into.has(a) || usedGold.has(b)) continue;
    into.set(a, b);
    usedGold.add(b);
  }
}

export function scoreReport(gold: Extraction, got: Extraction, options: ScoreOptions = {}): ReportScore {
  const score: ReportScore = {
    entities: new Map(),
    relations: new Map(),
    missedEntities: [],
    falseEntities: [],
    missedRelations: [],
    falseRelations: [],
  };
  const bump = (m: Map<string, Counts>, key: string, field: keyof Counts) => {
    const c = m.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    c[field]++;
    m.set(key, c);
  };
  // Instructions (and conferences): greedy one-to-one by largest overlap.
  const idMap = new Map<string, string>();
  pairBySpans(got.entities.filter(isInstruction), gold.entities.filter(isInstruction), idMap, () => true);
  if ((options.conferences ?? "span") === "span")
    pairBySpans(got.entities.filter(isConference), gold.entities.filter(isConference), idMap, (a, b) => dateOf(a) === dateOf(b));
  const mapped = (id: string) => idMap.get(id) ?? id;
  const goldIds = new Map(gold.entities.map((e) => [e.id, e]));
  const gotIds = new Map(got.entities.map((e) => [mapped(e.id), e]));
  for (const [id, e] of gotIds) {
    if (goldIds.has(id)) bump(score.entities, entityKey(e), "tp");
    else {
      bump(score.entities, entityKey(e), "fp");
      score.falseEntities.push(`${entityKey(e)} ${e.id} (${e.name})`);
    }
  }
  for (const [id, e] of goldIds)
    if (!gotIds.has(id)) {
      bump(score.entities, entityKey(e), "fn");
      score.missedEntities.push(`${entityKey(e)} ${id} (${e.name})`);
    }
  const key = (r: Relation, map: (id: string) => string) => `${r.type} ${map(r.from)} -> ${map(r.to)}`;
  const goldRel = new Set(gold.relations.map((r) => key(r, (x) => x)));
  const gotRel = new Set(got.relations.map((r) => key(r, mapped)));
  for (const k of gotRel) {
    const type = k.slice(0, k.indexOf(" "));
    if (goldRel.has(k)) bump(score.relations, type, "tp");
    else {
      bump(score.relations, type, "fp");
      score.falseRelations.push(k);
    }
  }
  for (const k of goldRel)
    if (!gotRel.has(k)) {
      bump(score.relations, k.slice(0, k.indexOf(" ")), "fn");
      score.missedRelations.push(k);
    }
  return score;
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function addCounts(into: Map<string, Counts>, from: Map<string, Counts>): void {
  for (const [k, c] of from) {
    const t = into.get(k) ?? { tp: 0, fp: 0, fn: 0 };
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
    into.set(k, t);
  }
}

export function total(m: Map<string, Counts>): Counts {
  const t = { tp: 0, fp: 0, fn: 0 };
  for (const c of m.values()) {
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
  }
  return t;
}
