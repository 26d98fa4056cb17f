// Root reports(filter): by province and publication date range, in date-then-id order (undated last).
// Two passes over the matches: a count (only when $countTotal; `skipped` is how many sort before $after) and a
// top-N sort for the page, which never holds more than $first + 1 rows. $first + 1: the extra row says another page follows.
CALL () {
  WITH $countTotal AS wanted
  WHERE wanted
  MATCH (n:Report)
  WHERE ($province IS NULL OR n.province = $province)
    AND ($from IS NULL OR n.publishedOn >= $from)
    AND ($to IS NULL OR n.publishedOn <= $to)
  WITH coalesce(n.publishedOn, '9999-12-31') + '|' + n.id AS key
  RETURN count(*) AS total, count(CASE WHEN key <= $after THEN 1 END) AS skipped
}
CALL () {
  MATCH (n:Report)
  WHERE ($province IS NULL OR n.province = $province)
    AND ($from IS NULL OR n.publishedOn >= $from)
    AND ($to IS NULL OR n.publishedOn <= $to)
  WITH n, coalesce(n.publishedOn, '9999-12-31') + '|' + n.id AS key
  WHERE $after IS NULL OR key > $after
  ORDER BY key
  LIMIT toInteger($first) + 1
  RETURN collect({key: key, node: n {.id, .title, .publishedOn, .publisher, .author, .province, .provinceInferredFrom, .source, .sha256, hasText: n.text IS NOT NULL}}) AS page
}
RETURN total, skipped, page
