// Root people(filter): $name is folded (no diacritics, lower case) and matched inside the folded names and aliases;
// $province keeps people holding a position in one of its organisations; $title matches a title, case-insensitive.
// Two passes over the matches: a count (only when $countTotal; `skipped` is how many sort before $after) and a
// top-N sort for the page, which never holds more than $first + 1 rows. $first + 1: the extra row says another page follows.
CALL () {
  WITH $countTotal AS wanted
  WHERE wanted
  MATCH (n:Person)
  WHERE ($name IS NULL OR n.searchText CONTAINS $name)
    AND ($province IS NULL OR EXISTS { MATCH (n)-[:HOLDS_POSITION]->(o:Organization) WHERE o.province = $province })
    AND ($title IS NULL OR EXISTS { MATCH (n)-[h:HOLDS_POSITION]->() WHERE toLower(h.title) = $title })
  WITH n.id AS key
  RETURN count(*) AS total, count(CASE WHEN key <= $after THEN 1 END) AS skipped
}
CALL () {
  MATCH (n:Person)
  WHERE ($name IS NULL OR n.searchText CONTAINS $name)
    AND ($province IS NULL OR EXISTS { MATCH (n)-[:HOLDS_POSITION]->(o:Organization) WHERE o.province = $province })
    AND ($title IS NULL OR EXISTS { MATCH (n)-[h:HOLDS_POSITION]->() WHERE toLower(h.title) = $title })
  WITH n, n.id AS key
  WHERE $after IS NULL OR key > $after
  ORDER BY key
  LIMIT toInteger($first) + 1
  RETURN collect({key: key, node: n {.id, .type, .name, .aliases, .code, .kind, .province, .date, .year, .period, .number, .issuedOn}}) AS page
}
RETURN total, skipped, page
