// Takes the report off every relationship it no longer states (`$keep` holds the keys it
// still states; empty when retracting) and deletes those no report states any more. Every
// relation starts at an entity of its report, so walking out of the report's mentions finds them all.
MATCH (:Report {id: $reportId})-[:MENTIONS]->(a:Entity)-[r]->(b)
WHERE $reportId IN r.reports
  AND NOT (type(r) + '|' + a.id + '|' + b.id + '|' + coalesce(r.key, '')) IN $keep
SET r.reports = [x IN r.reports WHERE x <> $reportId],
    r.evidence = [x IN r.evidence WHERE NOT x STARTS WITH $evidencePrefix]
WITH r
WHERE size(r.reports) = 0
DELETE r
