import type { Span } from "../domain/model.js";

/**
 * The normalised text with what every step needs to search it: a lower-case
 * copy aligned index for index (Vietnamese lower-casing keeps lengths; any
 * character that would not is left as it is), and the sentence spans.
 */
export interface TextIndex {
  text: string;
  lower: string;
  sentences: Span[];
  /** Line spans (a caption or a byline is a line of its own). */
  lines: Span[];
}

export function indexText(text: string): TextIndex {
  return { text, lower: alignedLower(text), sentences: splitSentences(text), lines: splitLineSpans(text) };
}

function alignedLower(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

function splitLineSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      if (i > start) spans.push({ start, end: i });
      start = i + 1;
    }
  }
  return spans;
}

/** Abbreviations after which a full stop does not end a sentence. */
const NO_BREAK_BEFORE = /(?:^|[\s(])(?:TP|Tp|Th\.?S|TS|PGS|GS|BS|KS|ThS|St|Mr|Mrs|Ms|[A-ZĐ])$/u;

/** Sentences end at . ! ? … or a line break, when what follows starts a new sentence. */
function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === "\n") {
      // A caption broken over two lines ("Đồng chí X, Phó Chủ tịch UBND tỉnh\nphát biểu chỉ đạo …") is one sentence.
      if (/\p{Ll}/u.test(text[i + 1] ?? "") && !/[.!?…:]$/u.test(text.slice(start, i).trimEnd())) continue;
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") continue;
    // Run of closing punctuation (".", "./.", "...", quotes) belongs to this sentence.
    let j = i + 1;
    while (j < text.length && /[.!?…/"”’)]/u.test(text[j] as string)) j++;
    const next = text[j];
    if (next !== undefined && next !== " " && next !== "\n") continue;
    if (ch === "." && NO_BREAK_BEFORE.test(text.slice(Math.max(0, i - 6), i))) continue;
    let k = j;
    while (k < text.length && text[k] === " ") k++;
    const after = text[k];
    if (after !== undefined && after !== "\n" && !/[\p{Lu}\p{N}"“(–-]/u.test(after)) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return spans;
}

export function sentenceAt(index: TextIndex, offset: number): Span | undefined {
  return spanAt(index.sentences, offset);
}

export function lineAt(index: TextIndex, offset: number): Span | undefined {
  return spanAt(index.lines, offset);
}

/** Binary search over sorted, non-overlapping spans. */
function spanAt(spans: Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as Span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * A list item's marker as the genre writes it: "- ", "• ", "1. ", "2) ", "a) " (a numbered conclusion's lettered points),
 * and a paragraph that opens with an ordinal ("Thứ nhất, …", "Thứ hai, …") under "… các nhiệm vụ sau:".
 */
const LIST_MARKER_SOURCE = String.raw`(?:[-–•+*]|\d{1,2}[.)]|[a-zđ]\)|Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười),)\s`;
const LIST_MARKER = new RegExp(`^${LIST_MARKER_SOURCE}`, "u");
const LIST_MARKER_WITH_BLANKS = new RegExp(`^${LIST_MARKER_SOURCE}+`, "u");
/** A line break that opens a list item. */
export const LIST_ITEM_BREAK = new RegExp(`\n(?=${LIST_MARKER_SOURCE})`, "gu");

/** Whether a list item starts at `at`. */
export function opensListItem(text: string, at: number): boolean {
  return LIST_MARKER.test(text.slice(at, at + 12));
}

/** The length of the list marker at `at` with the blanks after it, 0 if none. */
export function listMarkerLength(text: string, at: number): number {
  return LIST_MARKER_WITH_BLANKS.exec(text.slice(at, at + 14))?.[0].length ?? 0;
}
