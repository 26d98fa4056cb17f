import type { EntityType } from "./model.js";
import { slugify } from "./text.js";

/** The id prefix of each entity type (`<prefix>:<slug>`), fixed by the extraction format. */
export const ID_PREFIX: Readonly<Record<EntityType, string>> = {
  Province: "province",
  Organization: "org",
  Person: "person",
  Conference: "conference",
  Programme: "programme",
  Directive: "directive",
};

export const REPORT_PREFIX = "report";

export function entityId(type: EntityType, name: string): string {
  return `${ID_PREFIX[type]}:${slugify(name)}`;
}

/**
 * Conferences and instructions repeat their names from year to year and
 * province to province, so their ids carry the province slug and the date.
 */
export function eventId(type: "Conference" | "Directive", name: string, provinceId: string | null, date: string | null): string {
  const parts = [slugify(name)];
  if (provinceId) parts.push(provinceId.slice(provinceId.indexOf(":") + 1));
  if (date) parts.push(date);
  return `${ID_PREFIX[type]}:${parts.join("-")}`;
}

/** A report's id comes from where it came from (file stem or URL), so a corrected text keeps its id. */
export function reportId(source: string): string {
  const withoutQuery = source.replace(/[?#].*$/, "");
  const base = withoutQuery.replace(/\/+$/, "").split("/").pop() ?? withoutQuery;
  const stem = base.replace(/\.(txt|md|html?|json)$/i, "");
  return `${REPORT_PREFIX}:${slugify(stem)}`;
}

export function idPrefixOf(id: string): string {
  const colon = id.indexOf(":");
  return colon < 0 ? "" : id.slice(0, colon);
}

/**
 * A numbered legal document is known by its number wherever it is cited
 * ("Nghị định số 49/2017/NĐ-CP", "NĐ 49/2017/NĐ-CP"), so its id comes from the
 * number (`directive:49-2017-nd-cp`, the format's own example); an unnumbered
 * one falls back to its name.
 */
export function directiveId(number: string | null, name: string): string {
  return number ? `${ID_PREFIX.Directive}:${slugify(number)}` : entityId("Directive", name);
}
