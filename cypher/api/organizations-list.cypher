// Root organizations(filter): by kind and province, in id order.
// Two passes over the matches: a count (only when $countTotal; `skipped` is how many sort before $after) and a
// top-N sort for the page, which never holds more than $first + 1 rows. $first + 1: the extra row says another page follows.
CALL () {
  WITH $countTotal AS wanted
  WHERE wanted
  MATCH (n:Organization)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($province IS NULL OR n.province = $province)
  WITH n.id AS key
  RETURN count(*) AS total, count(CASE WHEN key <= $after THEN 1 END) AS skipped
}
CALL () {
  MATCH (n:Organization)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($province IS NULL OR n.province = $province)
  WITH n, n.id AS key
  WHERE $after IS NULL OR key > $after
  ORDER BY key
  LIMIT toInteger($first) + 1
  RETURN collect({key: key, node: n {.id, .type, .name, .aliases, .code, .kind, .province, .date, .year, .period, .number, .issuedOn}}) AS page
}
RETURN total, skipped, page
