// stats.provinceYears: conferences and reports per (province, year), for the pairs that have any.
CALL () {
  MATCH (c:Conference) WHERE c.year IS NOT NULL AND c.province IS NOT NULL
  RETURN c.province AS pid, toInteger(c.year) AS year, count(*) AS conferences, 0 AS reports
  UNION ALL
  MATCH (r:Report) WHERE r.publishedOn IS NOT NULL AND r.province IS NOT NULL
  RETURN r.province AS pid, toInteger(left(r.publishedOn, 4)) AS year, 0 AS conferences, count(*) AS reports
}
WITH pid, year, sum(conferences) AS conferences, sum(reports) AS reports
MATCH (p:Province {id: pid})
RETURN p {.id, .type, .name, .aliases, .code, .kind, .province, .date, .year, .period, .number, .issuedOn} AS province, year, conferences, reports
ORDER BY p.id, year
