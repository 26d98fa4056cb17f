// The entity's fields come from the report with the lowest id that mentions it (`describedBy`),
// a field it leaves null from the others, so the result does not depend on load order.
// recompute-search applies the same rule from scratch when a report is reloaded or retracted.
UNWIND $rows AS row
MERGE (n:Province {id: row.id})
// Locks an existing node before `describedBy` is read: a concurrent load of another
// report must not decide from a value about to change. Held until commit; relation
// statements rely on it too (every relation starts at an entity of its report).
ON MATCH SET n._lock = true
ON CREATE SET n:Entity, n.type = 'Province', n.aliases = [], n.searchText = ''
REMOVE n._lock
WITH n, row, n.describedBy IS NULL OR $reportId <= n.describedBy AS first
SET n.name = CASE WHEN first THEN row.name ELSE n.name END,
    n.describedBy = CASE WHEN first THEN $reportId ELSE n.describedBy END,
    n.code = CASE WHEN first THEN coalesce(row.code, n.code) ELSE coalesce(n.code, row.code) END
