import { BadInputError } from "../../domain/errors.js";
import { foldVietnamese, slugify } from "../../domain/text.js";
import type { Params } from "../../graph/executor.js";
import type {
  ConferenceFilter,
  DirectiveFilter,
  OrganizationFilter,
  PersonFilter,
  ProgrammeFilter,
  ReportFilter,
} from "../types/filters.type.js";
import { optionalTypedId } from "./ids.js";

/**
 * Filter inputs → statement parameters. Every field becomes a parameter (null
 * = no condition); ids are checked here so a typo is BAD_USER_INPUT naming
 * the field rather than an empty list.
 */
const MAX_TEXT = 200;

function text(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.normalize("NFC").trim();
  if (trimmed === "") throw new BadInputError(argument, "must not be empty");
  if (trimmed.length > MAX_TEXT) throw new BadInputError(argument, `must be at most ${MAX_TEXT} characters`);
  return trimmed;
}

function dateRange(
  argument: string,
  from: string | null | undefined,
  to: string | null | undefined,
): { from: string | null; to: string | null } {
  if (from && to && from > to) throw new BadInputError(`${argument}.from`, `is after ${argument}.to (${from} > ${to})`);
  return { from: from ?? null, to: to ?? null };
}

export function conferenceParams(filter: ConferenceFilter | null | undefined): Params {
  const f = filter ?? {};
  return {
    province: optionalTypedId("filter.province", f.province, "Province"),
    year: f.year ?? null,
    ...dateRange("filter", f.from, f.to),
    directedBy: optionalTypedId("filter.directedBy", f.directedBy, "Person"),
    chairedBy: optionalTypedId("filter.chairedBy", f.chairedBy, "Person"),
  };
}

export function personParams(filter: PersonFilter | null | undefined): Params {
  const f = filter ?? {};
  const name = text("filter.name", f.name);
  const title = text("filter.title", f.title);
  return {
    // searchText is folded, so the name is folded the same way before CONTAINS.
    name: name === null ? null : foldVietnamese(name),
    province: optionalTypedId("filter.province", f.province, "Province"),
    title: title === null ? null : title.toLowerCase(),
  };
}

export function organizationParams(filter: OrganizationFilter | null | undefined): Params {
  const f = filter ?? {};
  return { kind: f.kind ?? null, province: optionalTypedId("filter.province", f.province, "Province") };
}

export function directiveParams(filter: DirectiveFilter | null | undefined): Params {
  const f = filter ?? {};
  const number = text("filter.number", f.number);
  return {
    kind: f.kind ?? null,
    number: number === null ? null : number.toUpperCase(),
    // Ids of numbered directives are the slug of the number, so "49/2017/ND-CP" finds "49/2017/NĐ-CP".
    numberId: number === null ? null : `directive:${slugify(number)}`,
    province: optionalTypedId("filter.province", f.province, "Province"),
  };
}

export function programmeParams(filter: ProgrammeFilter | null | undefined): Params {
  return { kind: filter?.kind ?? null };
}

export function reportParams(filter: ReportFilter | null | undefined): Params {
  const f = filter ?? {};
  return { province: optionalTypedId("filter.province", f.province, "Province"), ...dateRange("filter", f.from, f.to) };
}
