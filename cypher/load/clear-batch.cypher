// Deletes in slices so that clearing a large graph never needs one huge transaction.
MATCH (n)
WITH n LIMIT toInteger($limit)
DETACH DELETE n
RETURN count(n) AS deleted
