// Root province(id) with the first page of each nested list the query selects, so those fields need no statement
// of their own: $conferencesFirst, $organizationsFirst, $officialsFirst (null = not selected). Each page is exactly
// what its own statement returns for this province (api/rel-held-in-in, api/rel-located-in-in, api/province-officials:
// same order, limit and projection; test/api/embedded-pages.test.ts keeps the copies identical).
// $conferenceDirectorsFirst: the directors of each conference on that page too (Conference.directors).
// One row when the province exists, none otherwise.
MATCH (near:Province {id: $id})
CALL (near) {
  WITH near
  WHERE $conferencesFirst IS NOT NULL
  MATCH (near)<-[r:HELD_IN]-(far:Conference)
  WITH r, far
  ORDER BY coalesce(r.asOf, far.date, far.issuedOn, far.publishedOn), far.id, r.title
  LIMIT toInteger(coalesce($conferencesFirst, 0))
  RETURN collect({rel: r {.reports, .evidence, .title, .asOf}, node: far {.id, .type, .name, .aliases, .code, .kind, .province, .date, .year, .period, .number, .issuedOn}}) AS conferences
}
CALL (near) {
  WITH near
  WHERE $organizationsFirst IS NOT NULL
  MATCH (near)<-[r:LOCATED_IN]-(far:Organization)
  WITH r, far
  ORDER BY coalesce(r.asOf, far.date, far.issuedOn, far.publishedOn), far.id, r.title
  LIMIT toInteger(coalesce($organizationsFirst, 0))
  RETURN collect({rel: r {.reports, .evidence, .title, .asOf}, node: far {.id, .type, .name, .aliases, .code, .kind, .province, .date, .year, .period, .number, .issuedOn}}) AS organizations
}
CALL (near) {
  WITH near
  WHERE $officialsFirst IS NOT NULL
  MATCH (o:Organization {province: near.id})<-[r:HOLDS_POSITION]-(person:Person)
  WITH r, o, person
  ORDER BY r.asOf, person.id, o.id, r.title
  LIMIT toInteger(coalesce($officialsFirst, 0))
  RETURN collect({rel: r {.reports, .evidence, .title, .asOf}, node: person {.id, .type, .name, .aliases, .code, .kind, .province, .date, .year, .period, .number, .issuedOn}, organization: o {.id, .type, .name, .aliases, .code, .kind, .province, .date, .year, .period, .number, .issuedOn}}) AS officials
}
CALL (conferences) {
  // Each of those conferences' directors, as api/rel-directed-in returns them ($conferenceDirectorsFirst, null = not
  // selected): found again by id, so the conference page above stays a verbatim copy.
  UNWIND CASE WHEN $conferenceDirectorsFirst IS NULL THEN [] ELSE conferences END AS conference
  MATCH (near:Conference {id: conference.node.id})
  CALL (near) {
    MATCH (near)<-[r:DIRECTED]-(far:Person)
    WITH r, far
    ORDER BY coalesce(r.asOf, far.date, far.issuedOn, far.publishedOn), far.id, r.title
    LIMIT toInteger(coalesce($conferenceDirectorsFirst, 0))
    RETURN collect({rel: r {.reports, .evidence, .title, .asOf}, node: far {.id, .type, .name, .aliases, .code, .kind, .province, .date, .year, .period, .number, .issuedOn}}) AS edges
  }
  RETURN collect({id: near.id, edges: edges}) AS conferenceDirectors
}
RETURN near.id AS id, near {.id, .type, .name, .aliases, .code, .kind, .province, .date, .year, .period, .number, .issuedOn} AS node,
  conferences, conferenceDirectors, organizations, officials
