// GET /ready: the cheapest statement that proves Neo4j answers.
RETURN 1 AS ok
