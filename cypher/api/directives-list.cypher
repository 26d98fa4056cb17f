// Root directives(filter): $number matches case-insensitively, or through the id slug it gives ("49/2017/NĐ-CP" = "49-2017-nd-cp");
// $province keeps directives issued at its conferences, or issued by, addressed to or implemented by its organisations.
// Two passes over the matches: a count (only when $countTotal; `skipped` is how many sort before $after) and a
// top-N sort for the page, which never holds more than $first + 1 rows. $first + 1: the extra row says another page follows.
CALL () {
  WITH $countTotal AS wanted
  WHERE wanted
  MATCH (n:Directive)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($number IS NULL OR toUpper(n.number) = $number OR n.id = $numberId)
    AND ($province IS NULL
         OR EXISTS { MATCH (n)-[:ISSUED_AT]->(c:Conference) WHERE c.province = $province }
         OR EXISTS { MATCH (n)-[:ISSUED|ADDRESSED_TO|IMPLEMENTS]-(o:Organization) WHERE o.province = $province })
  WITH coalesce(n.issuedOn, '9999-12-31') + '|' + n.id AS key
  RETURN count(*) AS total, count(CASE WHEN key <= $after THEN 1 END) AS skipped
}
CALL () {
  MATCH (n:Directive)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($number IS NULL OR toUpper(n.number) = $number OR n.id = $numberId)
    AND ($province IS NULL
         OR EXISTS { MATCH (n)-[:ISSUED_AT]->(c:Conference) WHERE c.province = $province }
         OR EXISTS { MATCH (n)-[:ISSUED|ADDRESSED_TO|IMPLEMENTS]-(o:Organization) WHERE o.province = $province })
  WITH n, coalesce(n.issuedOn, '9999-12-31') + '|' + n.id AS key
  WHERE $after IS NULL OR key > $after
  ORDER BY key
  LIMIT toInteger($first) + 1
  RETURN collect({key: key, node: n {.id, .type, .name, .aliases, .code, .kind, .province, .date, .year, .period, .number, .issuedOn}}) AS page
}
RETURN total, skipped, page
