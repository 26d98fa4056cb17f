// Rebuilds what an entity shows from the reports that still mention it: the fields
// from the report with the lowest id (a field it leaves null from the next report
// that gives it), aliases and search text as the union of all.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH e, COLLECT { MATCH (r:Report)-[m:MENTIONS]->(e) WITH r, m ORDER BY r.id RETURN {report: r.id, m: m} } AS ms
WHERE size(ms) > 0
WITH e, [x IN ms | x.m] AS ms, head(ms).report AS first
WITH e, ms, first,
     COLLECT { UNWIND ms AS m UNWIND m.aliases AS x WITH DISTINCT x ORDER BY x RETURN x } AS aliases,
     COLLECT { UNWIND ms AS m UNWIND m.searchTerms AS x WITH DISTINCT x ORDER BY x RETURN x } AS terms
SET e.describedBy = first,
    e.name = head(ms).name,
    e.code = head([m IN ms WHERE m.code IS NOT NULL | m.code]),
    e.kind = head([m IN ms WHERE m.kind IS NOT NULL | m.kind]),
    e.province = head([m IN ms WHERE m.province IS NOT NULL | m.province]),
    e.date = head([m IN ms WHERE m.date IS NOT NULL | m.date]),
    e.year = head([m IN ms WHERE m.year IS NOT NULL | m.year]),
    e.period = head([m IN ms WHERE m.period IS NOT NULL | m.period]),
    e.number = head([m IN ms WHERE m.number IS NOT NULL | m.number]),
    e.issuedOn = head([m IN ms WHERE m.issuedOn IS NOT NULL | m.issuedOn]),
    e.aliases = aliases,
    e.searchText = coalesce(reduce(s = head(terms), t IN tail(terms) | s + ' | ' + t), '')
// Rebuilt from scratch: whatever write-report left for refresh-search is superseded.
REMOVE e.pendingSearchText, e:SearchPending
