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

const BLANK = /[\s\u00a0\u200b\ufeff]/u;

export function normalizeReport(raw: string): NormalizedText {
  const nfc = normalizeToneMarks(normalizeText(raw));
  const lines = splitLines(nfc);
  const footerFrom = footerStart(lines);
  const out: string[] = [];
  const origin: number[] = [];
  // A skipped line (blank or chrome) between two kept ones is a paragraph break.
  let gap = false;
  for (let i = 0; i < footerFrom; i++) {
    const line = lines[i];
    if (!line) continue;
    const kept = stripInline(line.text);
    const content = kept.trim();
    if (content === "" || CHROME_LINE.some((re) => re.test(content))) {
      gap = true;
      continue;
    }
    if (out.length > 0) {
      for (let b = 0; b < (gap ? 2 : 1); b++) {
        out.push("\n");
        origin.push(line.start - 1);
      }
    }
    gap = false;
    appendCollapsed(kept, line.start, out, origin);
  }
  origin.push(nfc.length);
  return { text: out.join(""), origin: Int32Array.from(origin) };
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
    const content = lines[i]?.text.trim() ?? "";
    if (content !== "" && FOOTER_START.some((re) => re.test(content))) {
      // A footer holds no long prose line after it; if it does, this was not a footer.
      const rest = lines.slice(i + 1).map((l) => l.text.trim());
      const prose = rest.some((l) => l.length > 160 && !FOOTER_LINE.some((re) => re.test(l)));
      if (!prose) return i;
    }
  }
  return total;
}

/** Appends a line with runs of blanks folded to one space and its ends trimmed. */
function appendCollapsed(line: string, lineStart: number, out: string[], origin: number[]): void {
  let pendingSpace = -1;
  let wrote = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (BLANK.test(ch)) {
      if (wrote && pendingSpace < 0) pendingSpace = lineStart + i;
      continue;
    }
    if (pendingSpace >= 0) {
      out.push(" ");
      origin.push(pendingSpace);
      pendingSpace = -1;
    }
    out.push(ch);
    origin.push(lineStart + i);
    wrote = true;
  }
}
