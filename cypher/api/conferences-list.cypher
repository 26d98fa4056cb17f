// Root conferences(filter): the page after $after in "date|id" order (undated last), and the totals.
// Every filter is optional (null = any).
// Two passes over the matches: a count (only when $countTotal; `skipped` is how many sort before $after) and a
// top-N sort for the page, which never holds more than $first + 1 rows. $first + 1: the extra row says another page follows.
CALL () {
  WITH $countTotal AS wanted
  WHERE wanted
  MATCH (n:Conference)
  WHERE ($province IS NULL OR n.province = $province)
    AND ($year IS NULL OR n.year = $year)
    AND ($from IS NULL OR n.date >= $from)
    AND ($to IS NULL OR n.date <= $to)
    AND ($directedBy IS NULL OR EXISTS { MATCH (:Person {id: $directedBy})-[:DIRECTED]->(n) })
    AND ($chairedBy IS NULL OR EXISTS { MATCH (:Person {id: $chairedBy})-[:CHAIRED]->(n) })
  WITH coalesce(n.date, '9999-12-31') + '|' + n.id AS key
  RETURN count(*) AS total, count(CASE WHEN key <= $after THEN 1 END) AS skipped
}
CALL () {
  MATCH (n:Conference)
  WHERE ($province IS NULL OR n.province = $province)
    AND ($year IS NULL OR n.year = $year)
    AND ($from IS NULL OR n.date >= $from)
    AND ($to IS NULL OR n.date <= $to)
    AND ($directedBy IS NULL OR EXISTS { MATCH (:Person {id: $directedBy})-[:DIRECTED]->(n) })
    AND ($chairedBy IS NULL OR EXISTS { MATCH (:Person {id: $chairedBy})-[:CHAIRED]->(n) })
  WITH n, coalesce(n.date, '9999-12-31') + '|' + n.id AS key
  WHERE $after IS NULL OR key > $after
  ORDER BY key
  LIMIT toInteger($first) + 1
  RETURN collect({key: key, node: n {.id, .type, .name, .aliases, .code, .kind, .province, .date, .year, .period, .number, .issuedOn}}) AS page
}
RETURN total, skipped, page
