// What each province's departments (Sở) implement: directives, and programmes when $withProgrammes.
MATCH (o:Organization {kind: 'DEPARTMENT'})-[i:IMPLEMENTS]->(x:Entity)
WHERE x:Directive OR ($withProgrammes AND x:Programme)
OPTIONAL MATCH (o)-[:LOCATED_IN]->(located:Province)
OPTIONAL MATCH (recorded:Province {id: o.province})
WITH o, i, x, coalesce(located, recorded) AS province
RETURN province.id AS provinceId, province.name AS province, o.id AS departmentId, o.name AS department,
       x.id AS id, x.type AS type, x.name AS name, x.kind AS kind, x.number AS number, i.reports AS reports
ORDER BY province, department, name
