import type { Span } from "../../domain/model.js";
import type { ReportContext } from "../context.js";
import { displayName, NAME_RUN, personNameAt, trimNameRun } from "./person-names.js";
import { findTitlePhrases, type TitleMention } from "./titles.js";

/** A person named, or referred to by title or "đồng chí", at a span of the text. */
export interface PersonMention extends Span {
  /** Display name (the entity's name). */
  name: string;
  surface: string;
  /** "name": the name itself; "title": a title standing for a person named earlier. */
  via: "name" | "title";
}

/** A title the text gives a person, with the words that give it. */
export interface TitleClaim {
  name: string;
  title: TitleMention;
  evidence: Span;
}

export interface PersonFindings {
  mentions: PersonMention[];
  claims: TitleClaim[];
  titles: TitleMention[];
}

const HONORIFIC_BEFORE =
  /(?:đồng chí|Đồng chí|ĐỒNG CHÍ|đ\/c|Đ\/c|ông|Ông|bà|Bà|chị|Chị|anh|Anh|[Tt]ác giả|[Nn]hà báo|[Pp]hóng viên|[Nn]hà văn|[Nn]ghệ nhân|[Nn]hà giáo|[Kk]ỹ sư|[Gg]ià làng|[Đđ]ại biểu|em|(?:Đại|Thượng|Trung|Thiếu) (?:tá|úy)|(?:PGS|GS|TS|ThS|KS|BS|Ths)\.(?:\s?(?:TS|ThS)\.)?|(?:PGS\.\s?)?TS(?=\s))\s*$/u;

/**
 * Places the text names as such ("huyện Mường Tè", "xã Ka Lăng"): a capitalised run with that name is not a person.
 * "nông thôn", "văn bản" are not a village or a hamlet ("Sở … Phát triển nông thôn Nguyễn Văn A").
 */
const PLACE_NAMED =
  /(?<![\p{L}])(?:huyện|quận|thị xã|xã|phường|thị trấn|thành phố|(?<!văn )bản|(?<!nông )thôn|làng|sông|núi|đảo|vịnh|đèo)\s+(\p{Lu}[\p{L}'’]*(?:\s\p{Lu}[\p{L}'’]*){0,3})/gu;
/** What opens a list of names under a shared title: "Phó Giám đốc Sở gồm: …", "… là: …". */
const COLON_LIST_OPENING = /^\s*(?:gồm|là|gồm có)\s*:\s*/u;
const LIST_SEPARATOR = /^(?:\s*[,;]\s*|\s+và\s+|\s*:\s*|\s+[-–]\s+)$/u;
const TITLE_SEPARATOR = /^(?:\s*,?\s*hiện là\s+|\s*[,(]\s*|\s+[-–—]\s+|\s*[-–—]\s*|\s+kiêm\s+|\s*,?\s*đồng thời là\s+)$/u;

interface Candidate extends Span {
  name: string;
  person: boolean;
  /** Titles bound to this name. */
  titles: TitleMention[];
  /** Where the name's item ends (after its trailing titles). */
  itemEnd: number;
}

export function findPersons(ctx: ReportContext): PersonFindings {
  const { text } = ctx.index;
  const titles = findTitlePhrases(ctx);
  const titleEndingAt = new Map<number, TitleMention>();
  for (const t of titles) titleEndingAt.set(t.end, t);
  const titleStartingAt = new Map<number, TitleMention>();
  for (const t of titles) titleStartingAt.set(t.start, t);

  const places = new Set<string>();
  for (const m of text.matchAll(PLACE_NAMED)) {
    // "UBND thành phố Lê Thị Hoàng Yến": after a unit word may come a person, not a place.
    const at = (m.index ?? 0) + m[0].length - (m[1] as string).length;
    if (!personNameAt(text, at)) places.add(m[1] as string);
  }
  const candidates = nameCandidates(ctx, titles).filter((c) => !places.has(c.name));
  // Pass 1: names marked as people by an honorific, a title before, or a title after.
  for (const c of candidates) {
    const before = text.slice(Math.max(0, c.start - 14), c.start);
    if (HONORIFIC_BEFORE.test(before)) c.person = true;
    const titleBefore = titleBeforeName(text, c.start, titleEndingAt);
    if (titleBefore) {
      c.person = true;
      c.titles.push(titleBefore);
    }
    const trailing = trailingTitles(text, c.end, titleStartingAt, candidates);
    if (trailing.length > 0) {
      c.person = true;
      c.titles.push(...trailing);
      c.itemEnd = trailing[trailing.length - 1]?.end ?? c.end;
    }
  }
  // "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy Đặng A": titles chained before the one right before a name.
  const trailingOfSomeone = new Set(candidates.flatMap((c) => c.titles.filter((t) => t.start >= c.end)));
  const titleEndingNear = (at: number) => {
    for (let back = 1; back <= 4; back++) {
      const t = titleEndingAt.get(at - back);
      if (t && /^\s*(?:,|[-–]|kiêm)\s*$/u.test(text.slice(t.end, at))) return t;
    }
    return undefined;
  };
  for (const c of candidates) {
    const first = c.titles.find((t) => t.end <= c.start);
    if (!first) continue;
    // Back through the chain, unless a title already ends someone else's item ("A, Giám đốc Sở X, Phó Chủ tịch UBND tỉnh B").
    for (let t = titleEndingNear(first.start); t && !trailingOfSomeone.has(t) && !c.titles.includes(t); t = titleEndingNear(t.start)) {
      const chained = t;
      if (candidates.some((o) => o.end <= chained.start && chained.start - o.end <= 3)) break;
      c.titles.push(chained);
    }
  }
  // "các Phó Giám đốc Sở gồm: bà A, ông B và ông C": a title over a colon list belongs to every name in it.
  for (const t of titles) {
    const colon = COLON_LIST_OPENING.exec(text.slice(t.end, t.end + 12));
    if (!colon) continue;
    let cursor = t.end + colon[0].length;
    for (const c of candidates) {
      if (c.start < cursor) continue;
      if (!/^(?:(?:ông|bà|đồng chí)\s+)?$/u.test(text.slice(cursor, c.start))) break;
      if (c.titles.length === 0) {
        c.person = true;
        c.titles.push(t);
      }
      const join = /^(?:\s*,\s*(?:và\s+)?|\s+và\s+)/u.exec(text.slice(c.itemEnd, c.itemEnd + 8));
      if (!join) break;
      cursor = c.itemEnd + join[0].length;
    }
  }
  // Pass 2: list continuation ("các đồng chí A, Phó Chủ tịch …; B - Giám đốc …", "Phó Giám đốc Sở: A, B").
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 1; i < candidates.length; i++) {
      const c = candidates[i] as Candidate;
      const prev = candidates[i - 1] as Candidate;
      if (c.person || !prev.person) continue;
      if (!LIST_SEPARATOR.test(text.slice(prev.itemEnd, c.start))) continue;
      c.person = true;
      // "Phó Giám đốc Sở: A, B": a title before a colon list belongs to every name in it.
      const shared = prev.titles.find((t) => t.end <= prev.start);
      if (shared && c.titles.length === 0 && /:\s*$/u.test(text.slice(shared.end, prev.start))) c.titles.push(shared);
      changed = true;
    }
  }
  // Pass 3: a name already known as a person is that person wherever it recurs.
  const known = new Set(candidates.filter((c) => c.person).map((c) => c.name));
  for (const c of candidates) if (!c.person && known.has(c.name)) c.person = true;

  const people = candidates.filter((c) => c.person);
  const mentions: PersonMention[] = people.map((c) => ({
    start: c.start,
    end: c.end,
    name: c.name,
    surface: text.slice(c.start, c.end),
    via: "name",
  }));
  const claims: TitleClaim[] = [];
  const bound = new Set<TitleMention>();
  for (const c of people)
    for (const t of c.titles) {
      bound.add(t);
      claims.push({ name: c.name, title: t, evidence: { start: Math.min(c.start, t.start), end: Math.max(c.end, t.end) } });
    }
  mentions.push(...titleCoreference(ctx, titles, bound, claims));
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { mentions, claims, titles };
}

function nameCandidates(ctx: ReportContext, titles: TitleMention[]): Candidate[] {
  const { text } = ctx.index;
  const out: Candidate[] = [];
  // Titles are sorted and disjoint: only those from the first that can reach the run are looked at.
  let firstTitle = 0;
  for (const m of text.matchAll(NAME_RUN)) {
    let start = m.index ?? 0;
    let run = m[0];
    while (firstTitle < titles.length && (titles[firstTitle] as TitleMention).end <= start) firstTitle++;
    // A title phrase ("… UBND tỉnh Lào Cai") may reach into the run: the name starts after it.
    for (let ti = firstTitle; ti < titles.length; ti++) {
      const t = titles[ti] as TitleMention;
      if (t.start >= start + run.length) break;
      if (t.start < start + run.length && t.end > start) {
        const cut = t.end - start;
        if (cut >= run.length) {
          run = "";
          break;
        }
        const rest = run.slice(cut).replace(/^\s+/u, "");
        start += run.length - rest.length;
        run = rest;
      }
    }
    if (!run) continue;
    const trimmed = trimNameRun(run, start);
    if (!trimmed) continue;
    out.push({ start: trimmed.start, end: trimmed.end, name: displayName(trimmed.name), person: false, titles: [], itemEnd: trimmed.end });
  }
  return out;
}

function titleBeforeName(text: string, start: number, titleEndingAt: Map<number, TitleMention>): TitleMention | undefined {
  // "Giám đốc Sở TT&TT Trịnh Minh Châu", or a colon list "Phó Giám đốc Sở: A, B".
  for (let gap = 1; gap <= 3; gap++) {
    const t = titleEndingAt.get(start - gap);
    if (t && /^(?:\s|\s*:\s*)$/u.test(text.slice(t.end, start))) return t;
  }
  return undefined;
}

function trailingTitles(text: string, end: number, titleStartingAt: Map<number, TitleMention>, candidates: Candidate[]): TitleMention[] {
  const found: TitleMention[] = [];
  let cursor = end;
  for (;;) {
    // "A, nguyên Giám đốc Sở, hiện là Phó Bí thư Huyện ủy B": a former title is passed over, the current one kept.
    const former = /^\s*,\s*nguyên\s+/u.exec(text.slice(cursor, cursor + 14));
    const formerTitle = former ? titleStartingAt.get(cursor + former[0].length) : undefined;
    if (formerTitle) {
      cursor = formerTitle.end;
      continue;
    }
    const sep = /^(?:\s*,?\s*hiện là\s+|\s*[,(]\s*|\s+[-–—]\s+|\s*[-–—]\s*|\s+kiêm\s+|\s*,?\s*đồng thời là\s+)/u.exec(
      text.slice(cursor, cursor + 20),
    );
    if (!sep) break;
    const t = titleStartingAt.get(cursor + sep[0].length);
    if (!t) break;
    // "A, Phó Chủ tịch UBND tỉnh Nguyễn B": a title right before another name is that name's.
    const next = candidates.find((c) => c.start > t.end && c.start <= t.end + 2);
    if (next && /^\s$/u.test(text.slice(t.end, next.start))) break;
    if (!TITLE_SEPARATOR.test(sep[0])) break;
    found.push(t);
    cursor = t.end;
    if (text[cursor] === ")") cursor++;
  }
  return found;
}

/**
 * "Phó Chủ tịch UBND tỉnh đề nghị…", "đồng chí Giám đốc": a title with no name
 * is the person named earlier with that title (same body when it names one).
 */
function titleCoreference(ctx: ReportContext, titles: TitleMention[], bound: Set<TitleMention>, claims: TitleClaim[]): PersonMention[] {
  const { text } = ctx.index;
  const out: PersonMention[] = [];
  for (const t of titles) {
    if (bound.has(t)) continue;
    const earlier = claims.filter((c) => c.evidence.start < t.start && c.title.title === t.title);
    const sameBody = earlier.filter(
      (c) => !t.org || !c.title.org || c.title.org.name === t.org.name || t.org.bareDepartment || c.title.org.bareDepartment,
    );
    const names = new Set(sameBody.map((c) => c.name));
    if (names.size !== 1) continue;
    const name = [...names][0] as string;
    out.push({ start: t.start, end: t.end, name, surface: text.slice(t.start, t.end), via: "title" });
  }
  return out;
}
