// stats.years: conferences (by `year`) and reports (by the year of `publishedOn`) per year.
CALL () {
  MATCH (c:Conference) WHERE c.year IS NOT NULL RETURN toInteger(c.year) AS year, count(*) AS conferences, 0 AS reports
  UNION ALL
  MATCH (r:Report) WHERE r.publishedOn IS NOT NULL RETURN toInteger(left(r.publishedOn, 4)) AS year, 0 AS conferences, count(*) AS reports
}
RETURN year, sum(conferences) AS conferences, sum(reports) AS reports
ORDER BY year
