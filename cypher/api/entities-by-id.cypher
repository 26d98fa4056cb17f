// Entity lookups by id (DataLoader batch): one row per id found.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n {.id, .type, .name, .aliases, .code, .kind, .province, .date, .year, .period, .number, .issuedOn} AS node
