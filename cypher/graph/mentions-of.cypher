// Which reports mention an entity, and with which spans.
MATCH (r:Report)-[m:MENTIONS]->(e:Entity {id: $id})
RETURN r.id AS reportId, m.spans AS spans, m.aliases AS aliases
ORDER BY reportId
