import { expandAbbreviations } from "../../domain/gazetteer/abbreviations.js";
import type { Span } from "../../domain/model.js";
import type { ReportContext } from "../context.js";
import { lineAt, sentenceAt } from "../text-index.js";
import type { PersonMention } from "./persons.js";

/**
 * What an official asks of others ("… đề nghị: ngành cần …; …", "đồng chí
 * yêu cầu …", "… nhấn mạnh …"): one instruction per request. The request runs
 * from the verb to the end of the paragraph and is split at ";", sentence
 * ends, a colon list, and a new capitalised verb.
 */
export interface InstructionMention extends Span {
  label: string;
  speaker: string;
  /** "Phó Chủ tịch UBND tỉnh đề nghị": who and the verb (evidence for ISSUED). */
  trigger: Span;
}

const TRIGGER = /(?<![\p{L}])(đề nghị|yêu cầu|nhấn mạnh|chỉ đạo|lưu ý|đề xuất)(?![\p{L}])/gu;
const PRONOUN_BEFORE = /(?:đồng chí|Đồng chí|ông|Ông|bà|Bà)\s+$/u;

/** Verbs that open a new request when written with a capital mid-sentence. */
const ITEM_VERBS =
  "triển khai|tăng cường|xây dựng|phối hợp|tiếp tục|chú trọng|đẩy mạnh|nâng cao|thực hiện|quan tâm|tập trung|hoàn thành|kịp thời|rà soát|đảm bảo|bảo đảm|chủ động|khẩn trương|nghiên cứu|tổ chức|hoàn thiện|phấn đấu";
const CAPITAL_VERB = new RegExp(
  `(?<=[\\p{L}\\p{N}”")])\\s+(?=(?:${ITEM_VERBS.split("|")
    .map((v) => v[0]?.toUpperCase() + v.slice(1))
    .join("|")})(?![\\p{L}]))`,
  "gu",
);
const COMMA_VERB = /,\s+(?=(?:kịp thời|tăng cường|đẩy mạnh|chú trọng|quan tâm|nâng cao|khẩn trương|chủ động|rà soát)(?![\p{L}]))/gu;

/** Openings that are not the request itself ("Trong năm 2020, ngành cần …"). */
const LEAD_IN =
  /^(?:(?:trong năm \d{4}|năm \d{4}|thời gian tới|trong thời gian tới|đặc biệt(?: là)?|đồng thời|bên cạnh đó|ngoài ra|trước mắt|đối với [^,]{1,60}|trong lĩnh vực [^,]{1,60}|về [^,]{1,40})\s*,\s*)*(?:(?:các |toàn )?(?:ngành|sở|đơn vị|cơ quan|địa phương)(?: [^,]{0,40}?)?\s+(?:cần|phải)\s+|cần\s+|phải\s+)?/iu;

export function findInstructions(ctx: ReportContext, persons: PersonMention[]): InstructionMention[] {
  const { text, lower } = ctx.index;
  const out: InstructionMention[] = [];
  let consumedUntil = 0;
  for (const m of lower.matchAll(TRIGGER)) {
    const at = m.index ?? 0;
    if (at < consumedUntil) continue;
    const verbEnd = at + (m[1]?.length ?? 0);
    const sentence = sentenceAt(ctx.index, at);
    if (!sentence) continue;
    const speaker = speakerOf(text, persons, sentence, at);
    if (!speaker) continue;
    if (m[1] === "chỉ đạo" && !/^\s*:/u.test(text.slice(verbEnd, verbEnd + 3))) continue;
    const line = lineAt(ctx.index, at);
    const end = line?.end ?? sentence.end;
    let from = verbEnd;
    while (/[\s:]/u.test(text[from] ?? "")) from++;
    const items = splitItems(text, from, end);
    for (const item of items) {
      const label = labelOf(text.slice(item.start, item.end));
      if (!label) continue;
      out.push({ ...item, label, speaker: speaker.name, trigger: { start: Math.min(speaker.start, at), end: verbEnd } });
    }
    consumedUntil = end;
  }
  return out;
}

function speakerOf(text: string, persons: PersonMention[], sentence: Span, at: number): PersonMention | undefined {
  const inSentence = persons.filter((p) => p.start >= sentence.start && p.end <= at);
  const last = inSentence[inSentence.length - 1];
  if (last) return last;
  // "Năm 2014, đồng chí yêu cầu …": the official last named.
  if (PRONOUN_BEFORE.test(text.slice(Math.max(0, at - 10), at))) {
    const earlier = persons.filter((p) => p.end <= at);
    const prev = earlier[earlier.length - 1];
    if (prev) return { ...prev, start: at - (text.slice(Math.max(0, at - 10), at).match(PRONOUN_BEFORE)?.[0].length ?? 0) };
  }
  return undefined;
}

function splitItems(text: string, from: number, end: number): Span[] {
  const cuts = new Set<number>([from, end]);
  const body = text.slice(from, end);
  for (const m of body.matchAll(/;|(?<=[^\d\s])[.!?](?=\s)|:(?=\s+\p{Lu})/gu)) cuts.add(from + (m.index ?? 0));
  for (const m of body.matchAll(CAPITAL_VERB)) cuts.add(from + (m.index ?? 0));
  for (const m of body.matchAll(COMMA_VERB)) {
    const cut = from + (m.index ?? 0);
    // Only when what comes before is a request of its own (a few words are part of one request).
    const prevCut = Math.max(...[...cuts].filter((c) => c < cut));
    const left = stripLeadIn(text.slice(prevCut, cut).replace(/^[\s;:.]+/u, ""));
    if (left.split(/\s+/u).length >= 5) cuts.add(cut);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const spans: Span[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    let s = sorted[i] as number;
    let e = sorted[i + 1] as number;
    while (s < e && /[\s;:.,!?]/u.test(text[s] as string)) s++;
    while (e > s && /[\s;:.,!?…/]/u.test(text[e - 1] as string)) e--;
    if (e - s >= 8) spans.push({ start: s, end: e });
  }
  return spans;
}

function stripLeadIn(item: string): string {
  return item.replace(LEAD_IN, "");
}

/** A short label: the request without its openings, abbreviations spelt out, at most 16 words. */
function labelOf(item: string): string | null {
  const core = stripLeadIn(item.replace(/[“”"]/gu, "")).replace(/\s+/gu, " ").trim();
  const words = core.split(" ");
  if (words.length < 3) return null;
  const label = expandAbbreviations(words.slice(0, 16).join(" "))
    .replace(/[,;:–-]+$/u, "")
    .trim();
  return (label[0]?.toUpperCase() ?? "") + label.slice(1);
}
