// Takes the write lock on every entity the report mentioned before, so that pruning its
// relationships cannot race a load of another report that shares them: loads lock the
// `from` entity of every relation they touch in the same way (by merging it) before
// reading a relationship's `reports`. Locks are held until the transaction ends.
MATCH (:Report {id: $reportId})-[:MENTIONS]->(e:Entity)
WITH e ORDER BY e.id
SET e._lock = true
REMOVE e._lock
