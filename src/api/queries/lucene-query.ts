import { BadInputError } from "../../domain/errors.js";
import { foldVietnamese } from "../../domain/text.js";

export const MAX_SEARCH_TEXT = 200;
const MAX_WORDS = 12;

/**
 * Turns what a person typed into a Lucene query over the folded `searchText`.
 * Input never reaches Lucene's syntax: the text is folded the way the loader
 * folds names, cut into words of [a-z0-9], and each word becomes
 * `(word^3 OR word~1)`: exact words rank first, one typo still matches.
 * Words shorter than 3 letters stay exact (a fuzzy "an" would match half of
 * Vietnam). Several words add the phrase, boosted, so the full name ranks
 * above people sharing one syllable with it.
 */
export function luceneQuery(text: string, argument = "text"): string {
  if (text.length > MAX_SEARCH_TEXT) throw new BadInputError(argument, `must be at most ${MAX_SEARCH_TEXT} characters`);
  const words = (foldVietnamese(text.normalize("NFC")).match(/[a-z0-9]+/g) ?? []).slice(0, MAX_WORDS);
  if (words.length === 0) throw new BadInputError(argument, "needs at least one letter or digit");
  const terms = words.map((w) => (w.length >= 3 ? `(${w}^3 OR ${w}~1)` : w));
  if (words.length > 1) terms.push(`"${words.join(" ")}"^6`);
  return terms.join(" ");
}
