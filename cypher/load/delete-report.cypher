MATCH (r:Report {id: $reportId})
DETACH DELETE r
RETURN count(r) AS deleted
