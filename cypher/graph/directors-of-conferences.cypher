// Who directed which conference, with the conference's date and province and the reports that say so.
MATCH (p:Person)-[d:DIRECTED]->(c:Conference)
OPTIONAL MATCH (c)-[:HELD_IN]->(held:Province)
OPTIONAL MATCH (recorded:Province {id: c.province})
WITH p, d, c, coalesce(held, recorded) AS province
RETURN p.id AS personId, p.name AS person, c.id AS conferenceId, c.name AS conference, c.date AS date,
       province.id AS provinceId, province.name AS province, d.reports AS reports
ORDER BY date, person
