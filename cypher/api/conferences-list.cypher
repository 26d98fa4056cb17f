// Root conferences(filter): the page after $after in "date|id" order (undated last), and the totals.
// Every filter is optional (null = any). Dates are YYYY-MM-DD strings, so "date|id" order is (date, id) order.
// The count (only when $countTotal; `skipped` is how many sort before $after) passes over every match. The page does
// not: without a person filter, dated conferences are read from the conference_date index in date order (a top-N on
// id among equal dates), so a page reads about $first + 1 of them (more when $province or $year skips some), and the
// undated (key "9999-12-31|id") only once the dated run out; with a person filter, from that person's conferences.
// Exactly one of dated + undated and ofPerson is non-empty. $first + 1: the extra row says another page follows.
// $directorsFirst (null = Conference.directors not asked for): each conference's first directors, exactly as
// api/rel-directed-in returns them (same order, limit and projection), so that field needs no statement of its own.
// `lo` bounds the index seek: a date below the first 10 characters of $after cannot give a key above it. With a
// person filter it is '~', above every date, so the seek finds nothing (a gate in front of the seek would cost the
// planner the index order).
WITH left(coalesce($after, ''), 10) AS afterDay
WITH CASE
       WHEN $directedBy IS NOT NULL OR $chairedBy IS NOT NULL THEN '~'
       WHEN $from IS NOT NULL AND $from > afterDay THEN $from
       ELSE afterDay
     END AS lo
CALL () {
  WITH $countTotal AS wanted
  WHERE wanted
  MATCH (n:Conference)
  WHERE ($province IS NULL OR n.province = $province)
    AND ($year IS NULL OR n.year = $year)
    AND ($from IS NULL OR n.date >= $from)
    AND ($to IS NULL OR n.date <= $to)
    AND ($directedBy IS NULL OR EXISTS { MATCH (:Person {id: $directedBy})-[:DIRECTED]->(n) })
    AND ($chairedBy IS NULL OR EXISTS { MATCH (:Person {id: $chairedBy})-[:CHAIRED]->(n) })
  WITH coalesce(n.date, '9999-12-31') + '|' + n.id AS key
  RETURN count(*) AS total, count(CASE WHEN key <= $after THEN 1 END) AS skipped
}
CALL (lo) {
  // No person filter: date order from the conference_date index.
  MATCH (n:Conference)
  WHERE n.date >= lo
    AND ($after IS NULL OR n.date + '|' + n.id > $after)
    AND ($province IS NULL OR n.province = $province)
    AND ($year IS NULL OR n.year = $year)
    AND ($to IS NULL OR n.date <= $to)
  WITH n
  ORDER BY n.date, n.id
  LIMIT toInteger($first) + 1
  RETURN collect(n) AS dated
}
CALL (dated) {
  // Then the undated, only once the dated ran out. An UNWIND, not a WHERE: the planner would move a WHERE after
  // the label scan, which would then run on every page.
  UNWIND CASE WHEN $directedBy IS NULL AND $chairedBy IS NULL AND size(dated) <= toInteger($first) THEN [true] ELSE [] END AS datedRanOut
  MATCH (n:Conference)
  WHERE n.date IS NULL
    AND ($after IS NULL OR '9999-12-31|' + n.id > $after)
    AND ($province IS NULL OR n.province = $province)
    AND ($year IS NULL OR n.year = $year)
    AND $from IS NULL
    AND $to IS NULL
  WITH n
  ORDER BY n.id
  LIMIT toInteger($first) + 1
  RETURN collect(n) AS undated
}
CALL () {
  // Filtered by who directed or chaired: the person's few conferences, reached from the person.
  UNWIND CASE WHEN $directedBy IS NULL AND $chairedBy IS NULL THEN [] ELSE [true] END AS byPerson
  MATCH (:Person {id: coalesce($directedBy, $chairedBy)})-[:DIRECTED|CHAIRED]->(n:Conference)
  WITH DISTINCT n
  WHERE ($province IS NULL OR n.province = $province)
    AND ($year IS NULL OR n.year = $year)
    AND ($from IS NULL OR n.date >= $from)
    AND ($to IS NULL OR n.date <= $to)
    AND ($directedBy IS NULL OR EXISTS { MATCH (:Person {id: $directedBy})-[:DIRECTED]->(n) })
    AND ($chairedBy IS NULL OR EXISTS { MATCH (:Person {id: $chairedBy})-[:CHAIRED]->(n) })
  WITH n, coalesce(n.date, '9999-12-31') + '|' + n.id AS key
  WHERE $after IS NULL OR key > $after
  WITH n
  ORDER BY key
  LIMIT toInteger($first) + 1
  RETURN collect(n) AS ofPerson
}
CALL (dated, undated, ofPerson) {
  UNWIND (dated + undated + ofPerson)[..toInteger($first) + 1] AS near
  CALL (near) {
    WITH near
    WHERE $directorsFirst IS NOT NULL
    MATCH (near)<-[r:DIRECTED]-(far:Person)
    WITH r, far
    ORDER BY coalesce(r.asOf, far.date, far.issuedOn, far.publishedOn), far.id, r.title
    LIMIT toInteger(coalesce($directorsFirst, 0))
    RETURN collect({rel: r {.reports, .evidence, .title, .asOf}, node: far {.id, .type, .name, .aliases, .code, .kind, .province, .date, .year, .period, .number, .issuedOn}}) AS directors
  }
  RETURN collect({key: coalesce(near.date, '9999-12-31') + '|' + near.id, node: near {.id, .type, .name, .aliases, .code, .kind, .province, .date, .year, .period, .number, .issuedOn}, directors: directors}) AS page
}
RETURN total, skipped, page
