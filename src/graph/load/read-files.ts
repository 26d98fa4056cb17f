import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { BadInputError, InvalidExtractionError } from "../../domain/errors.js";
import { sha256Hex } from "../../domain/extraction.schema.js";
import { normalizeText } from "../../domain/text.js";

export interface ExtractionFile {
  file: string;
  extraction: unknown;
}

/** Files named directly, and every `*.json` under a named folder, in name order. */
export function expand(path: string): string[] {
  if (!existsSync(path)) throw new BadInputError(path, "no such file or folder");
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((entry) => {
      const child = join(path, entry);
      return statSync(child).isDirectory() ? expand(child) : entry.endsWith(".json") ? [child] : [];
    });
}

export function readExtractionFile(file: string): ExtractionFile {
  try {
    return { file, extraction: JSON.parse(readFileSync(file, "utf8")) as unknown };
  } catch (error) {
    throw new InvalidExtractionError(file, [{ path: "$", message: `not JSON: ${(error as Error).message}` }]);
  }
}

export function readExtractionFiles(paths: readonly string[]): ExtractionFile[] {
  return paths.flatMap(expand).map(readExtractionFile);
}

/** Report texts of a folder, normalised as the format fixes, found by digest or by file name. */
export class TextIndex {
  private constructor(
    private readonly bySha: ReadonlyMap<string, string>,
    private readonly byName: ReadonlyMap<string, string>,
  ) {}

  static of(dir: string): TextIndex {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new BadInputError("--texts", `"${dir}" is not a folder`);
    const bySha = new Map<string, string>();
    const byName = new Map<string, string>();
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (!statSync(path).isFile()) continue;
      const text = normalizeText(readFileSync(path, "utf8"));
      bySha.set(sha256Hex(text), text);
      byName.set(entry, text);
    }
    return new TextIndex(bySha, byName);
  }

  /**
   * The digest decides; failing that, a text named like the report's source is
   * returned anyway, so that validation reports the digest mismatch instead of
   * the text silently going missing.
   */
  textFor(extraction: unknown): string | undefined {
    const report = (extraction as { report?: { sha256?: unknown; source?: unknown } } | null)?.report;
    if (typeof report?.sha256 === "string" && this.bySha.has(report.sha256)) return this.bySha.get(report.sha256);
    if (typeof report?.source === "string") return this.byName.get(basename(report.source.replace(/[?#].*$/, "")));
    return undefined;
  }
}
