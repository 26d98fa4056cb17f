// stats.provinces: per province, its conferences and reports (by their `province` property, as the filters count them)
// and its organisations. Each label is grouped once, then joined to the provinces.
CALL () { MATCH (c:Conference) WHERE c.province IS NOT NULL RETURN c.province AS pid, count(*) AS n }
WITH collect({pid: pid, n: n}) AS conferences
CALL () { MATCH (r:Report) WHERE r.province IS NOT NULL RETURN r.province AS pid, count(*) AS n }
WITH conferences, collect({pid: pid, n: n}) AS reports
CALL () { MATCH (o:Organization) WHERE o.province IS NOT NULL RETURN o.province AS pid, count(*) AS n }
WITH conferences, reports, collect({pid: pid, n: n}) AS organizations
MATCH (p:Province)
RETURN p {.id, .type, .name, .aliases, .code, .kind, .province, .date, .year, .period, .number, .issuedOn} AS province,
       coalesce(head([x IN conferences WHERE x.pid = p.id | x.n]), 0) AS conferences,
       coalesce(head([x IN reports WHERE x.pid = p.id | x.n]), 0) AS reports,
       coalesce(head([x IN organizations WHERE x.pid = p.id | x.n]), 0) AS organizations
ORDER BY p.id
