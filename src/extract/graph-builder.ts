import type { Entity, Relation, RelationType, Span } from "../domain/model.js";

/**
 * Collects entities and relations as the steps find them: the same id seen
 * again adds its mention and surface form; the same relation seen again adds
 * its evidence. `build` orders everything so that equal input gives
 * byte-identical output.
 */
export class GraphBuilder {
  private readonly entities = new Map<string, Entity>();
  private readonly relations = new Map<string, Relation>();

  constructor(private readonly text: string) {}

  has(id: string): boolean {
    return this.entities.has(id);
  }

  get(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  /** Adds (or merges into) an entity; `span` is a mention and its words an alias when they differ from the name. */
  entity(e: Entity, span?: Span): string {
    const existing = this.entities.get(e.id);
    const target = existing ?? { ...e, aliases: [...e.aliases], mentions: [...e.mentions] };
    if (!existing) this.entities.set(e.id, target);
    if (span) this.mention(e.id, span);
    return e.id;
  }

  mention(id: string, span: Span): void {
    const e = this.entities.get(id);
    if (!e || span.end <= span.start) return;
    if (!e.mentions.some((m) => m.start === span.start && m.end === span.end)) e.mentions.push({ start: span.start, end: span.end });
    const raw = this.text.slice(span.start, span.end);
    // Most surfaces are already single-spaced and trimmed: fold only when needed.
    const surface = /[^\S ]| {2}|^ | $/u.test(raw) ? raw.replace(/\s+/gu, " ").trim() : raw;
    if (surface && surface !== e.name && !e.aliases.includes(surface)) e.aliases.push(surface);
  }

  hasRelation(type: RelationType, from: string, to: string): boolean {
    return this.relations.has([type, from, to, ""].join("\u0000"));
  }

  relate(type: RelationType, from: string, to: string, evidence: Span[], props: { title?: string; asOf?: string | null } = {}): void {
    const spans = evidence.filter((s) => s.end > s.start && this.text.slice(s.start, s.end).trim() !== "");
    if (spans.length === 0 || from === to) return;
    const key = [type, from, to, props.title ?? ""].join("\u0000");
    const existing = this.relations.get(key);
    if (existing) {
      for (const s of spans)
        if (!existing.evidence.some((x) => x.start === s.start && x.end === s.end)) existing.evidence.push({ start: s.start, end: s.end });
      return;
    }
    const r: Relation = { type, from, to, evidence: spans.map((s) => ({ start: s.start, end: s.end })) };
    if (type === "HOLDS_POSITION") {
      r.title = props.title ?? "";
      r.asOf = props.asOf ?? null;
    }
    this.relations.set(key, r);
  }

  build(): { entities: Entity[]; relations: Relation[] } {
    const bySpan = (a: Span, b: Span) => a.start - b.start || a.end - b.end;
    const entities = [...this.entities.values()]
      .map((e) => ({ ...e, aliases: [...e.aliases].sort(), mentions: [...e.mentions].sort(bySpan) }))
      .sort((a, b) => cmp(a.id, b.id));
    const relations = [...this.relations.values()]
      .filter((r) => this.entities.has(r.from) || r.from.startsWith("report:"))
      .filter((r) => this.entities.has(r.to) || r.to.startsWith("report:"))
      .map((r) => ({ ...r, evidence: [...r.evidence].sort(bySpan) }))
      .sort((a, b) => cmp(a.type, b.type) || cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.title ?? "", b.title ?? ""));
    return { entities, relations };
  }
}

/** Code-unit order, independent of locale, so output never depends on the machine. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
