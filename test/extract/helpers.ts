import type { Extraction } from "../../src/domain/model.js";
import type { ReportContext } from "../../src/extract/context.js";
import { extract } from "../../src/extract/index.js";
import { normalizeReport } from "../../src/extract/normalize/normalize.js";
import { indexText } from "../../src/extract/text-index.js";

/** A context over a snippet, as the pipeline would build it for a report about `provinceId`. */
export function contextOf(
  snippet: string,
  provinceId: string | null = "province:lang-son",
  publishedOn: string | null = "2021-01-15",
): ReportContext {
  const { text } = normalizeReport(snippet);
  return { index: indexText(text), provinceId, publishedOn, year: publishedOn ? Number(publishedOn.slice(0, 4)) : null };
}

/** A report written for a test, extracted, with its relations as "TYPE from -> to" strings to look up. */
export function extractSample(text: string, source: string, publishedOn?: string): { x: Extraction; rels: Set<string> } {
  const x = extract(text, { source, ...(publishedOn ? { publishedOn } : {}) });
  return { x, rels: new Set(x.relations.map((r) => `${r.type} ${r.from} -> ${r.to}`)) };
}

export const orgIds = (x: Extraction) => x.entities.filter((e) => e.type === "Organization").map((e) => e.id);
export const personIds = (x: Extraction) => x.entities.filter((e) => e.type === "Person").map((e) => e.id);
export const conferences = (x: Extraction) => x.entities.filter((e) => e.type === "Conference");
export const instructions = (x: Extraction) => x.entities.filter((e) => e.type === "Directive" && e.kind === "INSTRUCTION");
export const documents = (x: Extraction) => x.entities.filter((e) => e.type === "Directive" && e.kind !== "INSTRUCTION");
