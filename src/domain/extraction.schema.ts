import { createHash } from "node:crypto";
import { z } from "zod";
import { identityIssues } from "./extraction-identity.js";
import { ID_PREFIX, REPORT_PREFIX } from "./ids.js";
import {
  DIRECTIVE_KINDS,
  type EntityType,
  type Extraction,
  FORMAT_ID,
  ORGANIZATION_KINDS,
  PROGRAMME_KINDS,
  RELATION_ENDS,
  RELATION_TYPES,
} from "./model.js";

/** A calendar date that exists (z.iso.date checks the shape and the day of the month). */
const isoDate = z.iso.date();
const nullableDate = isoDate.nullable();
const span = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .strict()
  .refine((s) => s.end > s.start, { message: "span is empty or reversed (end must be > start)" });
const nonEmpty = z.string().trim().min(1);
const entityIdOf = (type: EntityType) =>
  z.string().regex(new RegExp(`^${ID_PREFIX[type]}:[a-z0-9]+(-[a-z0-9]+)*$`), {
    message: `id must look like "${ID_PREFIX[type]}:<slug>" (lower-case ascii, digits and "-")`,
  });
const provinceRef = entityIdOf("Province").nullable();

const base = {
  name: nonEmpty,
  aliases: z.array(nonEmpty),
  mentions: z.array(span),
};

const entitySchema = z.discriminatedUnion("type", [
  z
    .object({
      id: entityIdOf("Province"),
      type: z.literal("Province"),
      ...base,
      code: z
        .string()
        .regex(/^\d{2}$/)
        .nullable(),
    })
    .strict(),
  z
    .object({
      id: entityIdOf("Organization"),
      type: z.literal("Organization"),
      ...base,
      kind: z.enum(ORGANIZATION_KINDS),
      province: provinceRef,
    })
    .strict(),
  z.object({ id: entityIdOf("Person"), type: z.literal("Person"), ...base }).strict(),
  z
    .object({
      id: entityIdOf("Conference"),
      type: z.literal("Conference"),
      ...base,
      date: nullableDate,
      year: z.number().int().min(1945).max(2100).nullable(),
      province: provinceRef,
    })
    .strict(),
  z
    .object({
      id: entityIdOf("Programme"),
      type: z.literal("Programme"),
      ...base,
      kind: z.enum(PROGRAMME_KINDS),
      period: z
        .string()
        .regex(/^\d{4}(-\d{4})?$/)
        .nullable(),
    })
    .strict(),
  z
    .object({
      id: entityIdOf("Directive"),
      type: z.literal("Directive"),
      ...base,
      kind: z.enum(DIRECTIVE_KINDS),
      number: nonEmpty.nullable(),
      issuedOn: nullableDate,
    })
    .strict(),
]);

const relationSchema = z
  .object({
    type: z.enum(RELATION_TYPES),
    from: nonEmpty,
    to: nonEmpty,
    evidence: z.array(span).min(1, { message: "every relation needs at least one evidence span" }),
    title: nonEmpty.optional(),
    asOf: nullableDate.optional(),
  })
  .strict();

const reportSchema = z
  .object({
    id: z.string().regex(new RegExp(`^${REPORT_PREFIX}:[a-z0-9]+(-[a-z0-9]+)*$`)),
    title: nonEmpty,
    publishedOn: nullableDate,
    publisher: nonEmpty.nullable(),
    author: nonEmpty.nullable(),
    province: provinceRef,
    source: nonEmpty,
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: "sha256 must be 64 lower-case hex digits" }),
    /** Project extension: the words a province was inferred from when the report never names it. */
    provinceInferredFrom: nonEmpty.nullable().optional(),
  })
  .strict();

export const extractionSchema = z
  .object({
    format: z.literal(FORMAT_ID),
    report: reportSchema,
    entities: z.array(entitySchema),
    relations: z.array(relationSchema),
  })
  .strict();

export interface ValidationIssue {
  /** JSON path, e.g. `$.relations[3].to`. */
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; extraction: Extraction } | { ok: false; issues: ValidationIssue[] };

export interface ValidateOptions {
  /** The normalised report text, when at hand: spans are checked against it and sha256 compared. */
  text?: string;
}

function jsonPath(path: readonly PropertyKey[]): string {
  return `$${path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("")}`;
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Checks shape first, then what a shape cannot say: unique ids, relation ends, spans, digest. */
export function validateExtraction(doc: unknown, options: ValidateOptions = {}): ValidationResult {
  const parsed = extractionSchema.safeParse(doc);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })),
    };
  }
  const extraction = parsed.data as Extraction;
  const issues = [...crossCheck(extraction, options.text), ...identityIssues(extraction)];
  return issues.length === 0 ? { ok: true, extraction } : { ok: false, issues };
}

function crossCheck(x: Extraction, text: string | undefined): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const typeById = new Map<string, EntityType | "Report">([[x.report.id, "Report"]]);
  x.entities.forEach((e, i) => {
    if (typeById.has(e.id)) issues.push({ path: `$.entities[${i}].id`, message: `duplicate id "${e.id}"` });
    typeById.set(e.id, e.type);
  });

  const refs: Array<[string, string | null, EntityType]> = [["$.report.province", x.report.province, "Province"]];
  x.entities.forEach((e, i) => {
    if ("province" in e) refs.push([`$.entities[${i}].province`, e.province, "Province"]);
  });
  for (const [path, id, type] of refs) {
    if (id !== null && typeById.get(id) !== type) issues.push({ path, message: `"${id}" is not a ${type} entity of this file` });
  }

  x.relations.forEach((r, i) => {
    const ends = RELATION_ENDS[r.type];
    for (const side of ["from", "to"] as const) {
      const id = r[side];
      const type = typeById.get(id);
      if (type === undefined) issues.push({ path: `$.relations[${i}].${side}`, message: `no entity with id "${id}" in this file` });
      else if (!ends[side].includes(type))
        issues.push({
          path: `$.relations[${i}].${side}`,
          message: `${r.type}.${side} must be ${ends[side].join(" or ")}, but "${id}" is a ${type}`,
        });
    }
    if (r.type === "HOLDS_POSITION" && !r.title) issues.push({ path: `$.relations[${i}].title`, message: "HOLDS_POSITION needs a title" });
    if (r.type !== "HOLDS_POSITION" && (r.title !== undefined || r.asOf !== undefined))
      issues.push({ path: `$.relations[${i}]`, message: "title and asOf belong to HOLDS_POSITION only" });
  });

  if (text !== undefined) {
    const digest = sha256Hex(text);
    if (digest !== x.report.sha256) issues.push({ path: "$.report.sha256", message: `does not match the text (text digest is ${digest})` });
    const checkSpan = (path: string, s: { start: number; end: number }) => {
      if (s.end > text.length) issues.push({ path, message: `span ${s.start}-${s.end} ends past the text (length ${text.length})` });
      else if (text.slice(s.start, s.end).trim() === "") issues.push({ path, message: `span ${s.start}-${s.end} covers only white space` });
    };
    x.entities.forEach((e, i) => {
      e.mentions.forEach((s, j) => {
        checkSpan(`$.entities[${i}].mentions[${j}]`, s);
      });
    });
    x.relations.forEach((r, i) => {
      r.evidence.forEach((s, j) => {
        checkSpan(`$.relations[${i}].evidence[${j}]`, s);
      });
    });
  }
  return issues;
}
