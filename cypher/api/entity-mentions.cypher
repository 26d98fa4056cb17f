// Entity.reports / Entity.mentions: the reports that mention each entity, and where (DataLoader batch).
// Reports in publication-then-id order, at most $first per entity.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (n:Report)-[m:MENTIONS]->(e)
  WITH n, m
  ORDER BY n.publishedOn, n.id
  LIMIT toInteger($first)
  RETURN collect({spans: m.spans, report: n {.id, .title, .publishedOn, .publisher, .author, .province, .provinceInferredFrom, .source, .sha256, hasText: n.text IS NOT NULL}}) AS mentions
}
RETURN id, mentions
