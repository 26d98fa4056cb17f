import { type EntityNode, toEntityNode } from "../graph-rows.js";
import type { Reader } from "../loaders/loaders.js";
import { API } from "../loaders/statements.js";
import { luceneQuery } from "./lucene-query.js";

export interface SearchHitValue {
  score: number;
  entity: EntityNode;
}

/** Lucene hits are fetched wider than `first` when `types` narrows them afterwards. */
const CANDIDATES_PER_RESULT = 20;
const MAX_CANDIDATES = 2000;

export async function searchEntities(
  reader: Reader,
  text: string,
  types: readonly string[] | null,
  first: number,
): Promise<SearchHitValue[]> {
  const query = luceneQuery(text);
  const candidates = types ? Math.min(MAX_CANDIDATES, first * CANDIDATES_PER_RESULT) : first;
  const rows = await reader.read(API.search, { query, types, first, candidates });
  return rows.map((row) => ({ score: Number(row.score), entity: toEntityNode(row.node) }));
}
