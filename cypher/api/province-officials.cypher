// Province.officials: positions held in the province's organisations (DataLoader batch), with their sources.
// Positions in as-of-then-person order, at most $first per province.
UNWIND $ids AS id
MATCH (p:Province {id: id})
CALL (p) {
  MATCH (o:Organization {province: p.id})<-[r:HOLDS_POSITION]-(person:Person)
  WITH r, o, person
  ORDER BY r.asOf, person.id, o.id, r.title
  LIMIT toInteger($first)
  RETURN collect({rel: r {.reports, .evidence, .title, .asOf}, node: person {.id, .type, .name, .aliases, .code, .kind, .province, .date, .year, .period, .number, .issuedOn}, organization: o {.id, .type, .name, .aliases, .code, .kind, .province, .date, .year, .period, .number, .issuedOn}}) AS edges
}
RETURN id, edges
