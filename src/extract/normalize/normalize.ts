import { normalizeToneMarks } from "../../domain/gazetteer/tone-marks.js";
import { normalizeText } from "../../domain/text.js";
import { CHROME_LINE, FOOTER_LINE, FOOTER_START, INLINE_CHROME } from "./chrome.js";

/**
 * The text every offset of an extraction indexes into, and the digest of
 * which is `report.sha256`: NFC, `\n` line endings, one tone-mark placement
 * (length-preserving), page chrome removed, runs of blanks folded to one
 * space, lines trimmed, at most one empty line between paragraphs. Because
 * chrome and blanks are removed, these offsets differ from offsets into the
 * raw file; `origin[i]` is the raw-NFC offset of character `i` (used by eval
 * to compare spans with seeds annotated on the raw text). The loader stores
 * this text, so quoting a span from the graph gives back the same words.
 */
export interface NormalizedText {
  text: string;
  /** For each index of `text` (plus one past the end), the index in the NFC input. */
  origin: Int32Array;
}

export function normalizeReport(raw: string): NormalizedText {
  const nfc = normalizeToneMarks(normalizeText(raw));
  const lines = splitLines(nfc);
  const footerFrom = footerStart(lines);
  // The output is never longer than the input (plus the end marker): one array, filled in place.
  const out: Builder = { parts: [], origin: new Int32Array(nfc.length + 2), length: 0 };
  // A skipped line (blank or chrome) between two kept ones is a paragraph break.
  let gap = false;
  for (let i = 0; i < footerFrom; i++) {
    const line = lines[i];
    if (!line) continue;
    const kept = stripMarkup(stripInline(line.text));
    const content = kept.trim();
    if (content === "" || CHROME_LINE.some((re) => re.test(content))) {
      gap = true;
      continue;
    }
    if (out.length > 0) {
      for (let b = 0; b < (gap ? 2 : 1); b++) {
        out.parts.push("\n");
        out.origin[out.length++] = line.start - 1;
      }
    }
    gap = false;
    appendCollapsed(kept, line.start, out);
  }
  out.origin[out.length++] = nfc.length;
  return { text: out.parts.join(""), origin: out.origin.slice(0, out.length) };
}

interface Builder {
  parts: string[];
  origin: Int32Array;
  length: number;
}

interface Line {
  text: string;
  start: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    lines.push({ text: part, start });
    start += part.length + 1;
  }
  return lines;
}

/** Words one of the inline chrome patterns needs; a line with none of them is left as it is without running them. */
const INLINE_KEYS = [
  "lượt",
  "in bài",
  "bản in",
  "gửi",
  "chia sẻ",
  "tweet",
  "share",
  "lưu bài",
  "cỡ chữ",
  "phóng to",
  "thu nhỏ",
  "đánh giá",
  "thích",
];

/**
 * Markdown-like layout: "## Heading", "**bold name**", "*Thứ Hai, 28/11/2022*". The markup is blanked to spaces
 * (offsets keep their meaning); list markers ("- ", "1. ") stay, since they show where items start.
 */
function stripMarkup(line: string): string {
  if (!line.includes("*") && !line.includes("#") && !line.includes("__")) return line;
  let out = line.replace(/^(\s*)(#{1,6})(?=\s)/u, (_m, lead: string, hashes: string) => lead + " ".repeat(hashes.length));
  out = out.replace(/\*\*|__/gu, "  ");
  // A whole line in single asterisks (an italic date line or caption).
  out = out.replace(/^(\s*)\*(?=\S)([^*\n]*\S)\*(\s*)$/u, (_m, a: string, body: string, b: string) => `${a} ${body} ${b}`);
  return out;
}

/** Chrome inside a line is blanked to spaces, so offsets within the line keep their meaning until collapsing. */
function stripInline(line: string): string {
  const lower = line.toLowerCase();
  if (!INLINE_KEYS.some((k) => lower.includes(k))) return line;
  let out = line;
  for (const re of INLINE_CHROME) out = out.replace(re, (m) => " ".repeat(m.length));
  return out;
}

function footerStart(lines: Line[]): number {
  const total = lines.length;
  // Footers sit in the last part of a page; a menu at the top may say "Tin khác" too.
  const from = Math.floor(total * 0.5);
  for (let i = from; i < total; i++) {
    const content = stripMarkup(lines[i]?.text ?? "").trim();
    if (content !== "" && FOOTER_START.some((re) => re.test(content))) {
      // A footer holds no long prose line after it; if it does, this was not a footer.
      const rest = lines.slice(i + 1).map((l) => l.text.trim());
      const prose = rest.some((l) => l.length > 160 && !FOOTER_LINE.some((re) => re.test(l)));
      if (!prose) return i;
    }
  }
  return total;
}

/** Blanks (\s, no-break space, zero-width space, BOM), tested by code unit rather than by a regex per character. */
function isBlank(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Appends a line with runs of blanks folded to one space and its ends trimmed. */
function appendCollapsed(line: string, lineStart: number, out: Builder): void {
  let pendingSpace = -1;
  let wrote = false;
  let runStart = -1;
  const flush = (end: number) => {
    if (runStart < 0) return;
    out.parts.push(line.slice(runStart, end));
    for (let k = runStart; k < end; k++) out.origin[out.length++] = lineStart + k;
    runStart = -1;
  };
  for (let i = 0; i < line.length; i++) {
    if (isBlank(line.charCodeAt(i))) {
      flush(i);
      if (wrote && pendingSpace < 0) pendingSpace = lineStart + i;
      continue;
    }
    if (pendingSpace >= 0) {
      out.parts.push(" ");
      out.origin[out.length++] = pendingSpace;
      pendingSpace = -1;
    }
    if (runStart < 0) runStart = i;
    wrote = true;
  }
  flush(line.length);
}
