import { readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { BadInputError } from "../../domain/errors.js";
import { isIsoDate } from "../dates.js";

/**
 * What a researcher's crawl already knows about each file: its address and
 * publication date. CSV (header `file,url,published`) or JSON (an array of
 * `{file, url, published}`); `file` is relative to the manifest.
 */
export interface ManifestEntry {
  url?: string;
  published?: string;
}

export interface Manifest {
  lookup(path: string): ManifestEntry | undefined;
}

export function readManifest(path: string): Manifest {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch {
    throw new BadInputError("--manifest", `cannot read ${path}`);
  }
  const rows = path.toLowerCase().endsWith(".json") ? parseJson(raw) : parseCsv(raw);
  const base = dirname(resolve(path));
  const byPath = new Map<string, ManifestEntry>();
  const byName = new Map<string, ManifestEntry>();
  rows.forEach((row, i) => {
    if (!row.file) throw new BadInputError("--manifest", `row ${i + 1} has no file`);
    if (row.published && !isIsoDate(row.published))
      throw new BadInputError("--manifest", `row ${i + 1} (${row.file}): published must be YYYY-MM-DD, got "${row.published}"`);
    const entry: ManifestEntry = { url: row.url || undefined, published: row.published || undefined };
    byPath.set(resolve(base, row.file), entry);
    byName.set(basename(row.file), entry);
  });
  return { lookup: (p) => byPath.get(resolve(p)) ?? byName.get(basename(p)) };
}

interface Row {
  file?: string;
  url?: string;
  published?: string;
}

function parseJson(raw: string): Row[] {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new BadInputError("--manifest", `not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(data)) throw new BadInputError("--manifest", "a JSON manifest is an array of {file, url, published}");
  return data.map((d) => {
    const o = (d ?? {}) as Record<string, unknown>;
    const s = (k: string) => (typeof o[k] === "string" ? (o[k] as string).trim() : undefined);
    return { file: s("file"), url: s("url"), published: s("published") };
  });
}

/** Minimal RFC 4180 CSV: quoted fields may hold commas and doubled quotes. */
export function parseCsv(raw: string): Row[] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  const text = raw.replace(/^\ufeff/u, "");
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      record.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const nonEmpty = records.filter((r) => r.some((f) => f.trim() !== ""));
  const header = (nonEmpty.shift() ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  if (col("file") < 0) throw new BadInputError("--manifest", 'a CSV manifest needs a header "file,url,published"');
  return nonEmpty.map((r) => ({
    file: r[col("file")]?.trim(),
    url: col("url") >= 0 ? r[col("url")]?.trim() : undefined,
    published: col("published") >= 0 ? r[col("published")]?.trim() : undefined,
  }));
}
