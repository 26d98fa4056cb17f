// Deletes in slices so that clearing a large graph never needs one huge transaction:
// relationships first (DETACH DELETE of a node mentioned by thousands of reports would
// make one slice as large as the graph), then the nodes, once none is left.
CALL () {
  MATCH ()-[r]->()
  WITH r LIMIT toInteger($limit)
  DELETE r
  RETURN count(r) AS relationships
}
CALL (relationships) {
  MATCH (n) WHERE relationships = 0
  WITH n LIMIT toInteger($limit)
  DELETE n
  RETURN count(n) AS nodes
}
RETURN relationships + nodes AS deleted
