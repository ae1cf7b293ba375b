// Deletes one article and what only it holds up, in one transaction: its quotes, its own links, its
// share of the links between entities, and entities nothing else refers to any more.

// name: delete
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:QUOTES]->(q:Quote)
WHERE q.article = $id
WITH a, collect(q) AS quotes
CALL (quotes) { UNWIND quotes AS q DETACH DELETE q }
DETACH DELETE a
WITH count(*) AS deleted
MATCH (x:Entity)-[r]->(y:Entity)
WHERE r.articles IS NOT NULL AND $id IN r.articles
SET r.articles = [i IN r.articles WHERE i <> $id]
WITH r WHERE size(r.articles) = 0
DELETE r;

// name: orphans
MATCH (e:Entity)
WHERE NOT (e)-[:PUBLISHED_BY|DERIVED_FROM|QUOTES|ATTRIBUTED_TO|CITES|CREDITS|SUBMITTED_TO|AUTHORED_BY]-()
DETACH DELETE e
RETURN count(e) AS removed;
