// The whole graph's relationships in a fixed order: tests compare snapshots before and after a load.
MATCH (a)-[r]->(b)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
ORDER BY from, type, to, coalesce(r.key, '')
