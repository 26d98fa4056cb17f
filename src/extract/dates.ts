/**
 * Dates as the genre writes them: "Ngày 9/1", "Chiều 17/1/2019",
 * "Sáng ngày 02/01/2014", "03-12-2018 13:16", "ngày 24 tháng 4 năm 2017". A day
 * and month without a year take it from a reference date (the publication
 * date, or the year the text is about).
 */
export interface FoundDate {
  start: number;
  end: number;
  day: number;
  month: number;
  year: number | null;
  /** A span of days ("17 và 18/6", "từ 5 đến 7/8"): an event held over it has no single date. */
  range?: boolean;
}

const NUMERIC = /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?(?![\d/]|\.\d)/gu;
const WORDED = /(?<![\p{L}\d])(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?(?![\d])/giu;
/** "10-11/3", "14 và 15/10/2021", "từ 5 đến 7/8": a span of days; the event starts on the first. */
const RANGE = /(?<![\d/.-])(\d{1,2})\s*(?:-|–|và|đến)\s*(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\3\s*(\d{4}))?(?![\d/]|\.\d)/gu;
/** A time of day or "ngày" right before a date: "chiều 5-8" is 5 August, not a count. */
const TIME_OF_DAY = /(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)\s*(?:\(\s*)?$/iu;

export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const day = Number(m[1]);
    const month = Number(m[3]);
    const year = m[4] ? Number(m[4]) : null;
    // "1.751", "3.670": thousands, not dates; a dotted date needs its year.
    // "5-8" alone is a range of numbers, "1.751" a number, unless a time of day precedes them ("chiều 5-8", "sáng 15.3").
    if ((m[2] === "." || m[2] === "-") && year === null && !TIME_OF_DAY.test(text.slice(Math.max(0, (m.index ?? 0) - 10), m.index ?? 0)))
      continue;
    if (!valid(day, month, year)) continue;
    found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, day, month, year });
  }
  for (const m of text.matchAll(WORDED)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const year = m[3] ? Number(m[3]) : null;
    if (!valid(day, month, year)) continue;
    found.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, day, month, year });
  }
  for (const m of text.matchAll(RANGE)) {
    const day = Number(m[1]);
    const month = Number(m[4]);
    const year = m[5] ? Number(m[5]) : null;
    if (Number(m[2]) <= day || !valid(day, month, year)) continue;
    if (m[3] !== "/" && year === null) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // The range replaces the single date read from its last day ("14 và 15/10").
    for (let i = found.length - 1; i >= 0; i--) {
      const f = found[i] as FoundDate;
      if (f.start < end && start < f.end) found.splice(i, 1);
    }
    found.push({ start, end, day, month, year, range: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

function valid(day: number, month: number, year: number | null): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (year !== null && (year < 1945 || year > 2100)) return false;
  return iso(year ?? 2000, month, day) !== null;
}

/** YYYY-MM-DD, or null when the day does not exist. */
export function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Completes a date with the reference year; null if it still has none. */
export function completeDate(d: FoundDate, referenceYear: number | null): string | null {
  const year = d.year ?? referenceYear;
  return year === null ? null : iso(year, d.month, d.day);
}

export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && iso(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}
