// A report in one statement: Report, entities, MENTIONS, relations (docs/graph-model.md,
// "Loading a report"). One branch per label/type, fed by $entities.<Label> and
// $relations.<TYPE> (all keys always sent). Comments are kept short: the text goes with
// every call. Returns whether the report was loaded before (then prune-* follow).
CYPHER replan=skip
OPTIONAL MATCH (old:Report {id: $reportId})
WITH old IS NOT NULL AS existed, old.sha256 AS oldSha256
MERGE (rep:Report {id: $reportId})
SET rep += $report,
    // Without a text, a reload keeps the stored one only while sha256 is unchanged.
    rep.text = CASE WHEN $text IS NOT NULL THEN $text WHEN oldSha256 = $report.sha256 THEN rep.text ELSE null END
WITH existed, rep
CALL (rep) {
  // Labels in the order of their id prefixes, rows by id: every load (and refresh-search)
  // locks entities in id order.
  CALL () {
    UNWIND $entities.Conference AS row
    MERGE (n:Conference {id: row.id})
    // Write-locks the node before describedBy is read; held until commit.
    ON MATCH SET n._lock = true
    ON CREATE SET n:Entity, n.type = 'Conference', n.aliases = []
    REMOVE n._lock
    // Fields from the lowest report id (describedBy), gaps from the others.
    WITH n, row, n.describedBy IS NULL OR $reportId <= n.describedBy AS first
    SET n.name = CASE WHEN first THEN row.mention.name ELSE n.name END,
        n.describedBy = CASE WHEN first THEN $reportId ELSE n.describedBy END,
        n.date = CASE WHEN first THEN coalesce(row.mention.date, n.date) ELSE coalesce(n.date, row.mention.date) END,
        n.year = CASE WHEN first THEN coalesce(toInteger(row.year), n.year) ELSE coalesce(n.year, toInteger(row.year)) END,
        n.province = CASE WHEN first THEN coalesce(row.mention.province, n.province) ELSE coalesce(n.province, row.mention.province) END
    RETURN n, row
    UNION ALL
    UNWIND $entities.Directive AS row
    MERGE (n:Directive {id: row.id})
    ON MATCH SET n._lock = true
    ON CREATE SET n:Entity, n.type = 'Directive', n.aliases = []
    REMOVE n._lock
    WITH n, row, n.describedBy IS NULL OR $reportId <= n.describedBy AS first
    SET n.name = CASE WHEN first THEN row.mention.name ELSE n.name END,
        n.describedBy = CASE WHEN first THEN $reportId ELSE n.describedBy END,
        n.kind = CASE WHEN first THEN coalesce(row.mention.kind, n.kind) ELSE coalesce(n.kind, row.mention.kind) END,
        n.number = CASE WHEN first THEN coalesce(row.mention.number, n.number) ELSE coalesce(n.number, row.mention.number) END,
        n.issuedOn = CASE WHEN first THEN coalesce(row.mention.issuedOn, n.issuedOn) ELSE coalesce(n.issuedOn, row.mention.issuedOn) END
    RETURN n, row
    UNION ALL
    UNWIND $entities.Organization AS row
    MERGE (n:Organization {id: row.id})
    ON MATCH SET n._lock = true
    ON CREATE SET n:Entity, n.type = 'Organization', n.aliases = []
    REMOVE n._lock
    WITH n, row, n.describedBy IS NULL OR $reportId <= n.describedBy AS first
    SET n.name = CASE WHEN first THEN row.mention.name ELSE n.name END,
        n.describedBy = CASE WHEN first THEN $reportId ELSE n.describedBy END,
        n.kind = CASE WHEN first THEN coalesce(row.mention.kind, n.kind) ELSE coalesce(n.kind, row.mention.kind) END,
        n.province = CASE WHEN first THEN coalesce(row.mention.province, n.province) ELSE coalesce(n.province, row.mention.province) END
    RETURN n, row
    UNION ALL
    UNWIND $entities.Person AS row
    MERGE (n:Person {id: row.id})
    ON MATCH SET n._lock = true
    ON CREATE SET n:Entity, n.type = 'Person', n.aliases = []
    REMOVE n._lock
    WITH n, row, n.describedBy IS NULL OR $reportId <= n.describedBy AS first
    SET n.name = CASE WHEN first THEN row.mention.name ELSE n.name END,
        n.describedBy = CASE WHEN first THEN $reportId ELSE n.describedBy END
    RETURN n, row
    UNION ALL
    UNWIND $entities.Programme AS row
    MERGE (n:Programme {id: row.id})
    ON MATCH SET n._lock = true
    ON CREATE SET n:Entity, n.type = 'Programme', n.aliases = []
    REMOVE n._lock
    WITH n, row, n.describedBy IS NULL OR $reportId <= n.describedBy AS first
    SET n.name = CASE WHEN first THEN row.mention.name ELSE n.name END,
        n.describedBy = CASE WHEN first THEN $reportId ELSE n.describedBy END,
        n.kind = CASE WHEN first THEN coalesce(row.mention.kind, n.kind) ELSE coalesce(n.kind, row.mention.kind) END,
        n.period = CASE WHEN first THEN coalesce(row.mention.period, n.period) ELSE coalesce(n.period, row.mention.period) END
    RETURN n, row
    UNION ALL
    UNWIND $entities.Province AS row
    MERGE (n:Province {id: row.id})
    ON MATCH SET n._lock = true
    ON CREATE SET n:Entity, n.type = 'Province', n.aliases = []
    REMOVE n._lock
    WITH n, row, n.describedBy IS NULL OR $reportId <= n.describedBy AS first
    SET n.name = CASE WHEN first THEN row.mention.name ELSE n.name END,
        n.describedBy = CASE WHEN first THEN $reportId ELSE n.describedBy END,
        n.code = CASE WHEN first THEN coalesce(row.mention.code, n.code) ELSE coalesce(n.code, row.mention.code) END
    RETURN n, row
  }
  // What this report says of the entity (nulls left out); numbers arrive as floats.
  MERGE (rep)-[m:MENTIONS]->(n)
  SET m = row.mention, m.spans = [x IN row.spans | toInteger(x)], m.year = toInteger(row.year)
  // Sorted insert of the report's aliases and search terms (unchanged: not written). A new
  // search text waits in pendingSearchText (not indexed) for refresh-search, which moves a
  // batch of them into the full-text index at once: one index refresh per batch, not per report.
  WITH n, row, coalesce(n.pendingSearchText, n.searchText, '') AS current
  WITH n, row, current,
       reduce(acc = [t IN split(current, ' | ') WHERE t <> ''], t IN row.mention.searchTerms |
         CASE WHEN t IN acc THEN acc ELSE [x IN acc WHERE x < t] + t + [x IN acc WHERE x > t] END) AS terms
  WITH n, row, current, coalesce(reduce(s = head(terms), t IN tail(terms) | s + ' | ' + t), '') AS text
  SET n.aliases = reduce(acc = n.aliases, a IN row.mention.aliases |
        CASE WHEN a IN acc THEN acc ELSE [x IN acc WHERE x < a] + a + [x IN acc WHERE x > a] END)
  FOREACH (_ IN CASE WHEN text <> current OR n.searchText IS NULL THEN [1] ELSE [] END |
    SET n.pendingSearchText = text, n:SearchPending)
  // The entities by position (row.at): relations take their ends from here.
  WITH n, row ORDER BY row.at
  RETURN collect(n) AS nodes
}
CALL (rep, nodes) {
  // One relationship however many reports state it, between the labels the format
  // allows; both ends are this report's (locked above), AUTHORED ends at the report.
  CALL (rep, nodes) {
    UNWIND $relations.LOCATED_IN AS row
    WITH row, nodes[toInteger(row.fromAt)] AS a, nodes[toInteger(row.toAt)] AS b
    WHERE a:Organization AND b:Province
    MERGE (a)-[r:LOCATED_IN]->(b)
    RETURN r, row
    UNION ALL
    UNWIND $relations.PART_OF AS row
    WITH row, nodes[toInteger(row.fromAt)] AS a, nodes[toInteger(row.toAt)] AS b
    WHERE a:Organization AND b:Organization
    MERGE (a)-[r:PART_OF]->(b)
    RETURN r, row
    UNION ALL
    UNWIND $relations.HOLDS_POSITION AS row
    WITH row, nodes[toInteger(row.fromAt)] AS a, nodes[toInteger(row.toAt)] AS b
    WHERE a:Person AND b:Organization
    // One per key "<title>@<asOf>", found by index (a person may hold dozens at one
    // organisation); no race: the person is locked.
    OPTIONAL MATCH (a)-[found:HOLDS_POSITION {key: row.key}]->(b) USING INDEX found:HOLDS_POSITION(key)
    OPTIONAL CALL (a, b, row, found) {
      WITH * WHERE found IS NULL
      CREATE (a)-[created:HOLDS_POSITION {key: row.key, title: row.title, asOf: row.asOf}]->(b)
      RETURN created
    }
    RETURN coalesce(found, created) AS r, row
    UNION ALL
    UNWIND $relations.ORGANIZED AS row
    WITH row, nodes[toInteger(row.fromAt)] AS a, nodes[toInteger(row.toAt)] AS b
    WHERE a:Organization AND b:Conference
    MERGE (a)-[r:ORGANIZED]->(b)
    RETURN r, row
    UNION ALL
    UNWIND $relations.HELD_IN AS row
    WITH row, nodes[toInteger(row.fromAt)] AS a, nodes[toInteger(row.toAt)] AS b
    WHERE a:Conference AND b:Province
    MERGE (a)-[r:HELD_IN]->(b)
    RETURN r, row
    UNION ALL
    UNWIND $relations.CHAIRED AS row
    WITH row, nodes[toInteger(row.fromAt)] AS a, nodes[toInteger(row.toAt)] AS b
    WHERE a:Person AND b:Conference
    MERGE (a)-[r:CHAIRED]->(b)
    RETURN r, row
    UNION ALL
    UNWIND $relations.DIRECTED AS row
    WITH row, nodes[toInteger(row.fromAt)] AS a, nodes[toInteger(row.toAt)] AS b
    WHERE a:Person AND b:Conference
    MERGE (a)-[r:DIRECTED]->(b)
    RETURN r, row
    UNION ALL
    UNWIND $relations.ATTENDED AS row
    WITH row, nodes[toInteger(row.fromAt)] AS a, nodes[toInteger(row.toAt)] AS b
    WHERE (a:Person OR a:Organization) AND b:Conference
    MERGE (a)-[r:ATTENDED]->(b)
    RETURN r, row
    UNION ALL
    UNWIND $relations.ISSUED AS row
    WITH row, nodes[toInteger(row.fromAt)] AS a, nodes[toInteger(row.toAt)] AS b
    WHERE (a:Person OR a:Organization) AND b:Directive
    MERGE (a)-[r:ISSUED]->(b)
    RETURN r, row
    UNION ALL
    UNWIND $relations.ISSUED_AT AS row
    WITH row, nodes[toInteger(row.fromAt)] AS a, nodes[toInteger(row.toAt)] AS b
    WHERE a:Directive AND b:Conference
    MERGE (a)-[r:ISSUED_AT]->(b)
    RETURN r, row
    UNION ALL
    UNWIND $relations.ADDRESSED_TO AS row
    WITH row, nodes[toInteger(row.fromAt)] AS a, nodes[toInteger(row.toAt)] AS b
    WHERE a:Directive AND b:Organization
    MERGE (a)-[r:ADDRESSED_TO]->(b)
    RETURN r, row
    UNION ALL
    UNWIND $relations.IMPLEMENTS AS row
    WITH row, nodes[toInteger(row.fromAt)] AS a, nodes[toInteger(row.toAt)] AS b
    WHERE a:Organization AND (b:Programme OR b:Directive)
    MERGE (a)-[r:IMPLEMENTS]->(b)
    RETURN r, row
    UNION ALL
    UNWIND $relations.AUTHORED AS row
    WITH row, nodes[toInteger(row.fromAt)] AS a, rep AS b
    WHERE a:Person AND b:Report
    MERGE (a)-[r:AUTHORED]->(b)
    RETURN r, row
  }
  // reports/evidence stay sorted by report id, this report's old entries replaced:
  // append when last; else compare whole evidence strings, which order as their ids
  // unless an id is a proper prefix of $reportId (then split at '@').
  WITH r, row, coalesce(r.reports, []) AS reports, coalesce(r.evidence, []) AS evidence
  WITH r, row, reports, evidence,
       CASE
         WHEN size(reports) = 0 OR last(reports) < $reportId THEN 'append'
         WHEN any(x IN reports WHERE x <> $reportId AND $reportId STARTS WITH x) THEN 'split'
         ELSE 'compare'
       END AS how
  SET r.reports = CASE how
        WHEN 'append' THEN reports + $reportId
        ELSE [x IN reports WHERE x < $reportId] + $reportId + [x IN reports WHERE x > $reportId]
      END,
      r.evidence = CASE how
        WHEN 'append' THEN evidence + row.evidence
        WHEN 'compare' THEN [x IN evidence WHERE x < $reportId] + row.evidence + [x IN evidence WHERE x > $reportId AND NOT x STARTS WITH $evidencePrefix]
        ELSE [x IN evidence WHERE split(x, '@')[0] < $reportId] + row.evidence + [x IN evidence WHERE split(x, '@')[0] > $reportId]
      END
}
RETURN existed
