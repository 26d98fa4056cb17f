// Organization.people: the HOLDS_POSITION relationships reaching each node, with the reports that state them.
// One row per id found (DataLoader batch); edges in date-then-id order, at most $first per id.
UNWIND $ids AS id
MATCH (near:Organization {id: id})
CALL (near) {
  MATCH (near)<-[r:HOLDS_POSITION]-(far:Person)
  WITH r, far
  ORDER BY coalesce(r.asOf, far.date, far.issuedOn, far.publishedOn), far.id, r.title
  LIMIT toInteger($first)
  RETURN collect({rel: r {.reports, .evidence, .title, .asOf}, node: far {.id, .type, .name, .aliases, .code, .kind, .province, .date, .year, .period, .number, .issuedOn}}) AS edges
}
RETURN id, edges
