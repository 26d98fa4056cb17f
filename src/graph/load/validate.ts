import { InvalidExtractionError } from "../../domain/errors.js";
import { validateExtraction } from "../../domain/extraction.schema.js";
import type { Extraction } from "../../domain/model.js";

/** Validates before anything is written; an invalid file names itself, the JSON path and the problem. */
export function assertValid(file: string, doc: unknown, text?: string): Extraction {
  const result = validateExtraction(doc, { text });
  if (!result.ok) throw new InvalidExtractionError(file, result.issues);
  return result.extraction;
}
