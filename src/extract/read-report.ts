import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { convert } from "html-to-text";
import { KgError } from "../domain/errors.js";

/** Reports are articles; anything larger is not one (or is a whole site dump). */
export const MAX_REPORT_BYTES = 2 * 1024 * 1024;

export const REPORT_EXTENSIONS = [".txt", ".md", ".html", ".htm"] as const;

export type BadReportReason = "NOT_FOUND" | "UNSUPPORTED_TYPE" | "EMPTY" | "TOO_LARGE" | "NOT_UTF8" | "BINARY";

/** A report file that cannot be read as a report; `reason` says why, the message says what to do. */
export class BadReportError extends KgError {
  constructor(
    readonly file: string,
    readonly reason: BadReportReason,
    message: string,
  ) {
    super("BAD_USER_INPUT", `${file}: ${message}`, { file, reason });
  }
}

export interface ReportFile {
  path: string;
  /** The report's text (HTML and Markdown reduced to plain text). */
  text: string;
  format: "txt" | "md" | "html";
}

export async function readReportFile(path: string, maxBytes = MAX_REPORT_BYTES): Promise<ReportFile> {
  const ext = extname(path).toLowerCase();
  if (!(REPORT_EXTENSIONS as readonly string[]).includes(ext))
    throw new BadReportError(path, "UNSUPPORTED_TYPE", `unsupported file type "${ext || "(none)"}"; use .txt, .md or .html`);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new BadReportError(path, "NOT_FOUND", "no such file");
  }
  if (size > maxBytes) throw new BadReportError(path, "TOO_LARGE", `${size} bytes is over the ${maxBytes}-byte limit for one report`);
  const bytes = await readFile(path);
  return decodeReport(path, bytes, ext);
}

/** Bytes → report text, with the checks that make a bad file fail alone and early. */
export function decodeReport(path: string, bytes: Uint8Array, ext: string): ReportFile {
  if (bytes.length === 0) throw new BadReportError(path, "EMPTY", "the file is empty");
  if (looksBinary(bytes)) throw new BadReportError(path, "BINARY", "the file is binary, not text");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new BadReportError(path, "NOT_UTF8", "the file is not valid UTF-8 (re-save it as UTF-8)");
  }
  text = text.replace(/^\ufeff/u, "");
  const format = ext === ".md" ? "md" : ext === ".html" || ext === ".htm" ? "html" : "txt";
  if (format === "html") text = htmlToText(text);
  if (format === "md") text = markdownToText(text);
  if (text.trim() === "") throw new BadReportError(path, "EMPTY", "the file has no text");
  return { path, text, format };
}

/** NUL bytes, or many control characters, mean the file is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.1;
}

function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "nav", format: "skip" },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
      { selector: "h3", options: { uppercase: false } },
      { selector: "table", format: "dataTable" },
    ],
  });
}

/** Markdown markup is not words: headings, emphasis, links and images are reduced to their text. */
function markdownToText(md: string): string {
  return md
    .replace(/^#{1,6}\s+/gmu, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, "$1")
    .replace(/(\*\*|__)(.+?)\1/gu, "$2")
    .replace(/(?<![\p{L}*_])([*_])(\S(?:.*?\S)?)\1(?![\p{L}*_])/gu, "$2")
    .replace(/^>\s?/gmu, "")
    .replace(/^\s*[-*+]\s+/gmu, "- ");
}
