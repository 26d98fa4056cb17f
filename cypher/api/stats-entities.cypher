// stats.entities and stats.reports: node counts per label, from Neo4j's count store (labels are fixed here, never input).
CALL () {
  MATCH (n:Province) RETURN 'Province' AS type, count(n) AS count
  UNION ALL MATCH (n:Organization) RETURN 'Organization' AS type, count(n) AS count
  UNION ALL MATCH (n:Person) RETURN 'Person' AS type, count(n) AS count
  UNION ALL MATCH (n:Conference) RETURN 'Conference' AS type, count(n) AS count
  UNION ALL MATCH (n:Programme) RETURN 'Programme' AS type, count(n) AS count
  UNION ALL MATCH (n:Directive) RETURN 'Directive' AS type, count(n) AS count
  UNION ALL MATCH (n:Report) RETURN 'Report' AS type, count(n) AS count
}
RETURN type, count
