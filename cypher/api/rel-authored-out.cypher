// Person.authored: the AUTHORED relationships leaving each node, with the reports that state them.
// One row per id found (DataLoader batch); edges in date-then-id order, at most $first per id.
UNWIND $ids AS id
MATCH (near:Person {id: id})
CALL (near) {
  MATCH (near)-[r:AUTHORED]->(far:Report)
  WITH r, far
  ORDER BY coalesce(r.asOf, far.date, far.issuedOn, far.publishedOn), far.id, r.title
  LIMIT toInteger($first)
  RETURN collect({rel: r {.reports, .evidence, .title, .asOf}, node: far {.id, .title, .publishedOn, .publisher, .author, .province, .provinceInferredFrom, .source, .sha256, hasText: far.text IS NOT NULL}}) AS edges
}
RETURN id, edges
