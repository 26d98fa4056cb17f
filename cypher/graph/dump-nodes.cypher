// The whole graph's nodes in a fixed order: tests compare snapshots before and after a load.
MATCH (n)
RETURN COLLECT { UNWIND labels(n) AS l RETURN l ORDER BY l } AS labels, properties(n) AS props
ORDER BY coalesce(n.id, '')
