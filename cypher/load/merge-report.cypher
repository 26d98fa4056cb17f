// Says whether the report was loaded before: a reload must prune what the old version contributed.
OPTIONAL MATCH (old:Report {id: $report.id})
WITH old IS NOT NULL AS existed, old.sha256 AS oldSha256
MERGE (r:Report {id: $report.id})
SET r += $report,
    // A reload without --texts keeps the stored text only while it is still the text the offsets index into.
    r.text = CASE WHEN $text IS NOT NULL THEN $text WHEN oldSha256 = $report.sha256 THEN r.text ELSE null END
RETURN existed
