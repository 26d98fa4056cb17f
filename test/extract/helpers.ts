import type { ReportContext } from "../../src/extract/context.js";
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
