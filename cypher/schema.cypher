// Headwater graph schema: constraints and indexes.
// The app applies this file at every start; each statement is idempotent (IF NOT EXISTS).
// Paste it into Neo4j Browser as is to prepare an empty database by hand.

// Every article is identified by a hash of its text (same text, same id).
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
// Outlets, agencies, stories, reports and sources all carry the :Entity label and a unique key.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;
// Each article's wording of a quote is its own node.
CREATE CONSTRAINT quote_key IF NOT EXISTS FOR (q:Quote) REQUIRE q.key IS UNIQUE;

CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url);
CREATE INDEX article_content_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_qid IF NOT EXISTS FOR (e:Entity) ON (e.qid);

// Full-text search over headlines, article text, quotes and names. Eventually consistent: Lucene is
// updated just after each commit instead of inside it, which keeps ingest fast; a search may miss an
// article for a moment after it was written.
CREATE FULLTEXT INDEX article_text IF NOT EXISTS FOR (a:Article) ON EACH [a.headline, a.text]
  OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX quote_text IF NOT EXISTS FOR (q:Quote) ON EACH [q.text]
  OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText]
  OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
