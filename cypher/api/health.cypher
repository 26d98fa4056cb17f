// Root health: the server's version and edition, and the node count (from the count store, so it stays cheap).
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
CALL () { MATCH (n) RETURN count(n) AS nodeCount }
RETURN versions[0] AS neo4jVersion, edition, nodeCount
