// Every relationship must trace back to a report's words: MENTIONS by its spans, the rest by `reports` and `evidence`.
MATCH (a)-[r]->(b)
WHERE CASE type(r)
        WHEN 'MENTIONS' THEN NOT a:Report OR r.spans IS NULL
        ELSE coalesce(size(r.reports), 0) = 0
          OR coalesce(size(r.evidence), 0) < size(r.reports)
          OR any(id IN r.reports WHERE NOT EXISTS { MATCH (:Report {id: id}) })
          OR any(e IN r.evidence WHERE NOT split(e, '@')[0] IN r.reports)
      END
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
LIMIT 20
