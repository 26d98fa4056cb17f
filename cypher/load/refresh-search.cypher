// Moves the search text loads have prepared (pendingSearchText, see write-report) into
// searchText, which the full-text index reads, for up to $limit entities in one transaction:
// the index is refreshed once per batch instead of once per report. Takes each entity's lock
// before reading, in id order like the loads, since a load may be writing it meanwhile.
MATCH (n:SearchPending)
WITH n ORDER BY n.id LIMIT toInteger($limit)
SET n._lock = true
REMOVE n._lock
WITH n
SET n.searchText = coalesce(n.pendingSearchText, n.searchText)
REMOVE n.pendingSearchText, n:SearchPending
RETURN count(n) AS refreshed
