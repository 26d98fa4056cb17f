// Report lookups by id (DataLoader batch): one row per id found. The text stays in the database; only whether it exists comes back.
UNWIND $ids AS id
MATCH (n:Report {id: id})
RETURN id, n {.id, .title, .publishedOn, .publisher, .author, .province, .provinceInferredFrom, .source, .sha256, hasText: n.text IS NOT NULL} AS node
