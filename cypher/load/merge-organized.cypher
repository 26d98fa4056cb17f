// One relationship however many reports state it: `reports` and `evidence` say which reports and where.
UNWIND $rows AS row
MATCH (a:Organization {id: row.from})
MATCH (b:Conference {id: row.to})
MERGE (a)-[r:ORGANIZED]->(b)
ON CREATE SET r.reports = [$reportId], r.evidence = row.evidence
// Both lists stay sorted by report id (the evidence grouped by report), whatever order reports
// were loaded in; this report's own old entries drop out, so loading it again changes nothing.
ON MATCH SET
  r.reports = [x IN r.reports WHERE x < $reportId] + $reportId + [x IN r.reports WHERE x > $reportId],
  r.evidence = [x IN r.evidence WHERE split(x, '@')[0] < $reportId] + row.evidence + [x IN r.evidence WHERE split(x, '@')[0] > $reportId]
