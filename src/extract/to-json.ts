import type { Extraction } from "../domain/model.js";

/** The one serialisation: two-space JSON with a final newline, so equal extractions are equal bytes. */
export function toJson(extraction: Extraction): string {
  return `${JSON.stringify(extraction, null, 2)}\n`;
}
