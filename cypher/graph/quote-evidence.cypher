// The words each relationship's evidence points at, cut from the stored report text.
MATCH (a)-[r]->(b)
WHERE r.evidence IS NOT NULL
UNWIND r.evidence AS e
WITH a, r, b, split(e, '@')[0] AS reportId, [x IN split(split(e, '@')[1], '-') | toInteger(x)] AS span
MATCH (rep:Report {id: reportId})
RETURN type(r) AS type, a.id AS from, b.id AS to, reportId, span[0] AS start, span[1] AS end,
       CASE WHEN rep.text IS NULL THEN null ELSE substring(rep.text, span[0], span[1] - span[0]) END AS words
