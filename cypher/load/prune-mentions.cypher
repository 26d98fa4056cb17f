// Drops the report's mentions of entities it no longer lists; returns them so that
// orphans can be deleted and the survivors' aliases recomputed.
MATCH (:Report {id: $reportId})-[m:MENTIONS]->(e:Entity)
WHERE NOT e.id IN $keep
DELETE m
RETURN e.id AS id
