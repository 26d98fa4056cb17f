// Report.entities: what each report mentions, and where (DataLoader batch); $types (labels' names) narrows it.
// Entities in type-then-id order, at most $first per report.
UNWIND $ids AS id
MATCH (n:Report {id: id})
CALL (n) {
  MATCH (n)-[m:MENTIONS]->(e:Entity)
  WHERE $types IS NULL OR e.type IN $types
  WITH m, e
  ORDER BY e.type, e.id
  LIMIT toInteger($first)
  RETURN collect({spans: m.spans, node: e {.id, .type, .name, .aliases, .code, .kind, .province, .date, .year, .period, .number, .issuedOn}}) AS edges
}
RETURN id, edges
