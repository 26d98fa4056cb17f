import type { TextIndex } from "./text-index.js";

/** What every step knows about the report besides its words. */
export interface ReportContext {
  index: TextIndex;
  /** The province the report is about (Province entity id), or null. */
  provinceId: string | null;
  /** The date the report shows things as of: the event date, else publication. */
  publishedOn: string | null;
  /** The year the text is about, for dates written without one. */
  year: number | null;
  /**
   * A province the report's date renames ("thành phố Huế" in 2025 is the city that replaced the province of Thừa
   * Thiên Huế): bodies the gazetteer places in `from` are the report's bodies of `to`.
   */
  renamedProvince?: { from: string; to: string };
}
