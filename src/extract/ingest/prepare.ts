import { basename } from "node:path";
import { validateExtraction } from "../../domain/extraction.schema.js";
import type { Extraction } from "../../domain/model.js";
import { extractWithText } from "../extract.js";
import { readReportFile } from "../read-report.js";
import type { ManifestEntry } from "./manifest.js";

export type Prepared = { ok: true; file: string; extraction: Extraction; text: string } | { ok: false; file: string; reason: string };

/** One file → a validated extraction with its text, or the reason it cannot be one. Never throws. */
export async function prepareReport(file: string, entry: ManifestEntry | undefined, maxBytes?: number): Promise<Prepared> {
  try {
    const report = await readReportFile(file, maxBytes);
    const source = entry?.url ?? basename(file);
    const { extraction, text } = extractWithText(report.text, { source, url: entry?.url, publishedOn: entry?.published });
    const checked = validateExtraction(extraction, { text });
    if (!checked.ok)
      return {
        ok: false,
        file,
        reason: `invalid extraction: ${checked.issues
          .slice(0, 3)
          .map((i) => `${i.path} ${i.message}`)
          .join("; ")}`,
      };
    return { ok: true, file, extraction, text };
  } catch (error) {
    return { ok: false, file, reason: error instanceof Error ? error.message.replace(`${file}: `, "") : String(error) };
  }
}
