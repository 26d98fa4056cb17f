/**
 * Vietnamese writes the tone of "oa", "oe", "uy" at the end of a word in two
 * ways: on the second vowel ("hoà", "thuỷ", the 1980s school rule) or on the
 * first ("hòa", "thủy", what provincial portals and the registry data mostly
 * use). One placement makes names compare equal; we keep the first-vowel one.
 * The rewrite swaps one code unit for one, so offsets are unchanged.
 */
const MOVABLE = /([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

export function normalizeToneMarks(text: string): string {
  return text.replace(MOVABLE, (whole: string, first: string, second: string, offset: number, all: string) => {
    const [base = "", mark = ""] = second.normalize("NFD");
    const firstLower = first.toLowerCase();
    const baseLower = base.toLowerCase();
    // "oa"/"oe" and "uy" only; in "qu" + y the u is part of the consonant and "quý" is right as it is.
    const pair = firstLower === "o" ? baseLower === "a" || baseLower === "e" : baseLower === "y";
    if (!pair || !mark) return whole;
    if (firstLower === "u" && offset > 0 && /[qQ]/.test(all[offset - 1] ?? "")) return whole;
    return `${(first + mark).normalize("NFC")}${base}`;
  });
}
