/**
 * The extractor's public face: Vietnamese report text → `vn-ict-kg/extraction@1`.
 * Steps: normalize/ → text-index → mentions/ (provinces, organisations,
 * titles, people, events, documents, programmes, instructions) → relations/
 * → graph-builder (sorted, so equal input gives byte-identical JSON).
 */
export { type ExtractOptions, type ExtractResult, extract, extractWithText } from "./extract.js";
/** The cleaned view the pipeline reads (chrome stripped, blanks folded), with its map back onto the source text. */
export { type NormalizedText, normalizeReport } from "./normalize/normalize.js";
export { BadReportError, MAX_REPORT_BYTES, type ReportFile, readReportFile } from "./read-report.js";
export { toJson } from "./to-json.js";
