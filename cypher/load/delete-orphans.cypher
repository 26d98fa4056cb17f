// An entity no report mentions has nothing left to trace back to.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (:Report)-[:MENTIONS]->(e) }
DETACH DELETE e
RETURN count(e) AS deleted
