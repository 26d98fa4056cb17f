// The words at each span of a report's text (DataLoader batch of {key, report, start, end}).
// Offsets are UTF-16 code units, the same unit Cypher's substring counts in. No text loaded → null.
UNWIND $spans AS span
MATCH (n:Report {id: span.report})
RETURN span.key AS key,
       CASE WHEN n.text IS NULL OR span.end > size(n.text) THEN null
            ELSE substring(n.text, toInteger(span.start), toInteger(span.end - span.start)) END AS quote
