// JavaScript numbers arrive as floats: offsets are stored as integers.
// Adds the report's aliases and search terms to the entity's with a
// sorted insert, cheap even on entities hundreds of reports mention. On a reload this
// may keep what the old version gave; recompute-search then rebuilds them from all reports.
MATCH (rep:Report {id: $reportId})
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
MERGE (rep)-[m:MENTIONS]->(e)
SET m.spans = [x IN row.spans | toInteger(x)], m.aliases = row.aliases, m.searchTerms = row.searchTerms,
    // What this report says the entity is, so that it can be rebuilt when another report goes.
    m.name = row.name, m.code = row.code, m.kind = row.kind, m.province = row.province, m.date = row.date,
    m.year = toInteger(row.year), m.period = row.period, m.number = row.number, m.issuedOn = row.issuedOn
WITH e, row,
     reduce(acc = [t IN split(e.searchText, ' | ') WHERE t <> ''], t IN row.searchTerms |
       CASE WHEN t IN acc THEN acc ELSE [x IN acc WHERE x < t] + t + [x IN acc WHERE x > t] END) AS terms
SET e.aliases = reduce(acc = e.aliases, a IN row.aliases |
      CASE WHEN a IN acc THEN acc ELSE [x IN acc WHERE x < a] + a + [x IN acc WHERE x > a] END),
    e.searchText = reduce(s = head(terms), t IN tail(terms) | s + ' | ' + t)
