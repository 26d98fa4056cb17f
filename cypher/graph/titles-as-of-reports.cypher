// The titles each official held as of each report that states them.
MATCH (p:Person)-[h:HOLDS_POSITION]->(o:Organization)
UNWIND h.reports AS reportId
MATCH (r:Report {id: reportId})
RETURN r.id AS reportId, r.publishedOn AS publishedOn, p.id AS personId, p.name AS person,
       h.title AS title, o.id AS organizationId, o.name AS organization, h.asOf AS asOf
ORDER BY reportId, person, title
