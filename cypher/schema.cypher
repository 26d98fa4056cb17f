// The graph's schema: constraints behind every MERGE on `id`, the indexes the
// API's lookups filter on, and the full-text index for name search.
// Every statement is IF NOT EXISTS, so applying this file twice changes nothing.

// Identity: MERGE on id is only race-free (and fast) behind a uniqueness constraint.
CREATE CONSTRAINT province_id IF NOT EXISTS FOR (n:Province) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT conference_id IF NOT EXISTS FOR (n:Conference) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT programme_id IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT directive_id IF NOT EXISTS FOR (n:Directive) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE;
// Ids carry their type's prefix, so they are unique across labels too; this lets
// relation statements find either end by id alone (ATTENDED and ISSUED start at
// a Person or an Organization).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// Lookups the API filters and sorts on.
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
CREATE INDEX conference_date IF NOT EXISTS FOR (n:Conference) ON (n.date);
CREATE INDEX conference_year IF NOT EXISTS FOR (n:Conference) ON (n.year);
CREATE INDEX conference_province IF NOT EXISTS FOR (n:Conference) ON (n.province);
CREATE INDEX directive_number IF NOT EXISTS FOR (n:Directive) ON (n.number);
CREATE INDEX directive_kind IF NOT EXISTS FOR (n:Directive) ON (n.kind);
CREATE INDEX directive_issued_on IF NOT EXISTS FOR (n:Directive) ON (n.issuedOn);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX organization_province IF NOT EXISTS FOR (n:Organization) ON (n.province);
CREATE INDEX programme_kind IF NOT EXISTS FOR (n:Programme) ON (n.kind);
CREATE INDEX province_code IF NOT EXISTS FOR (n:Province) ON (n.code);
CREATE INDEX report_published_on IF NOT EXISTS FOR (n:Report) ON (n.publishedOn);
CREATE INDEX report_province IF NOT EXISTS FOR (n:Report) ON (n.province);
CREATE INDEX report_sha256 IF NOT EXISTS FOR (n:Report) ON (n.sha256);
CREATE INDEX holds_position_as_of IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.asOf);
CREATE INDEX holds_position_title IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.title);
// The loader finds a HOLDS_POSITION by its key ("<title>@<asOf>"): one person holds many
// titles at one organisation over the years, too many to check one by one on every load.
CREATE INDEX holds_position_key IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.key);

// Name search. `searchText` is already folded by the loader (foldVietnamese:
// no diacritics, đ→d, lower case), because no built-in analyzer both folds and
// keeps stop words: `standard-folding` drops English stop words, and "an" (Nghệ
// An, Long An) is one. So the analyzer here only tokenises and lower-cases.
// Not eventually consistent: an update is searchable once its transaction commits. Every
// commit that changes searchText refreshes the index, which costs about as much as the
// rest of a report's commit, so loads batch these writes (cypher/load/refresh-search).
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Province|Organization|Person|Conference|Programme|Directive) ON EACH [n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } };

// Waits for every index to come online, so the first query after applySchema can use them.
CALL db.awaitIndexes(300);
