/**
 * Text helpers every layer shares: the extraction format fixes NFC and `\n`
 * line endings, and ids and search both depend on the same folding.
 */

/** NFC with `\n` line endings: the text all offsets index into. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, "\n").normalize("NFC");
}

/**
 * Lower case, no diacritics, đ→d. NFD alone leaves đ intact (it is a letter
 * of its own, not d plus a mark), so it is mapped explicitly.
 */
export function foldVietnamese(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

/** Folded text with every run of non-alphanumerics turned into one `-`. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
