// Root search: $query is a Lucene query over folded names and aliases (built by the API from the folded words, never raw input).
// $candidates bounds what Lucene returns before $types narrows it; ties on score go by id so the ranking is stable.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: toInteger($candidates)}) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
WITH node, score
ORDER BY score DESC, node.id
LIMIT toInteger($first)
RETURN score, node {.id, .type, .name, .aliases, .code, .kind, .province, .date, .year, .period, .number, .issuedOn} AS node
