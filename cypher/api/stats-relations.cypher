// stats.relations: relationship counts per type, from the count store (types fixed here, never input).
CALL () {
  MATCH ()-[r:LOCATED_IN]->() RETURN 'LOCATED_IN' AS relation, count(r) AS count
  UNION ALL MATCH ()-[r:PART_OF]->() RETURN 'PART_OF' AS relation, count(r) AS count
  UNION ALL MATCH ()-[r:HOLDS_POSITION]->() RETURN 'HOLDS_POSITION' AS relation, count(r) AS count
  UNION ALL MATCH ()-[r:ORGANIZED]->() RETURN 'ORGANIZED' AS relation, count(r) AS count
  UNION ALL MATCH ()-[r:HELD_IN]->() RETURN 'HELD_IN' AS relation, count(r) AS count
  UNION ALL MATCH ()-[r:CHAIRED]->() RETURN 'CHAIRED' AS relation, count(r) AS count
  UNION ALL MATCH ()-[r:DIRECTED]->() RETURN 'DIRECTED' AS relation, count(r) AS count
  UNION ALL MATCH ()-[r:ATTENDED]->() RETURN 'ATTENDED' AS relation, count(r) AS count
  UNION ALL MATCH ()-[r:ISSUED]->() RETURN 'ISSUED' AS relation, count(r) AS count
  UNION ALL MATCH ()-[r:ISSUED_AT]->() RETURN 'ISSUED_AT' AS relation, count(r) AS count
  UNION ALL MATCH ()-[r:ADDRESSED_TO]->() RETURN 'ADDRESSED_TO' AS relation, count(r) AS count
  UNION ALL MATCH ()-[r:IMPLEMENTS]->() RETURN 'IMPLEMENTS' AS relation, count(r) AS count
  UNION ALL MATCH ()-[r:AUTHORED]->() RETURN 'AUTHORED' AS relation, count(r) AS count
}
RETURN relation, count
