import type { Entity, Extraction, Relation, Span } from "../domain/model.js";

/**
 * Scores an extraction against a curated one. Entities match by id, except
 * INSTRUCTION directives (whose labels no two annotators word alike): those
 * match one-to-one by overlapping mention spans. Relations match by
 * (type, from, to) after instruction ids are mapped that way.
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

export function scoreReport(gold: Extraction, got: Extraction): ReportScore {
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
  // Instructions: greedy one-to-one by largest overlap.
  const idMap = new Map<string, string>();
  const goldIns = gold.entities.filter(isInstruction);
  const gotIns = got.entities.filter(isInstruction);
  const pairs: Array<[number, string, string]> = [];
  for (const a of gotIns) {
    const spans = a.mentions;
    for (const b of goldIns) {
      const o = overlaps(spans, b.mentions);
      if (o > 0) pairs.push([o, a.id, b.id]);
    }
  }
  pairs.sort((x, y) => y[0] - x[0] || (x[1] < y[1] ? -1 : 1));
  const usedGold = new Set<string>();
  for (const [, a, b] of pairs) {
    if (idMap.has(a) || usedGold.has(b)) continue;
    idMap.set(a, b);
    usedGold.add(b);
  }
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
