// $query is already folded (foldVietnamese) and escaped for Lucene by the caller.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
RETURN node.id AS id, node.type AS type, node.name AS name, score
ORDER BY score DESC, id
LIMIT toInteger($limit)
