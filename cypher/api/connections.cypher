// Root connections: the shortest paths between two entities over the relations of the model (not MENTIONS or AUTHORED,
// which lead to reports). A variable-length bound cannot be a parameter: the pattern allows 4 hops, $maxHops filters.
// Steps name their ends by id; pathNodes holds each node once.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
OPTIONAL CALL (a, b) {
  WITH a, b
  WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[:LOCATED_IN|PART_OF|HOLDS_POSITION|ORGANIZED|HELD_IN|CHAIRED|DIRECTED|ATTENDED|ISSUED|ISSUED_AT|ADDRESSED_TO|IMPLEMENTS*..4]-(b))
  WHERE length(p) <= $maxHops
  RETURN p
  LIMIT toInteger($first)
}
WITH a, b, collect(p) AS found
RETURN a IS NOT NULL AS fromFound,
       b IS NOT NULL AS toFound,
       COLLECT { UNWIND found AS q UNWIND nodes(q) AS n WITH DISTINCT n RETURN n {.id, .type, .name, .aliases, .code, .kind, .province, .date, .year, .period, .number, .issuedOn} } AS pathNodes,
       [q IN found | [i IN range(0, length(q) - 1) | {
         relation: type(relationships(q)[i]),
         reversed: startNode(relationships(q)[i]) <> nodes(q)[i],
         reports: relationships(q)[i].reports,
         evidence: relationships(q)[i].evidence,
         from: nodes(q)[i].id,
         to: nodes(q)[i + 1].id}]] AS paths
