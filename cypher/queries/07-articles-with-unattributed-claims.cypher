// Articles that print claims without a source: quotations or reported statements attributed to no one,
// and articles with no chain to any source at all.

MATCH (a:Article)
OPTIONAL MATCH (a)-[:QUOTES]->(q:Quote)
WHERE NOT (q)-[:ATTRIBUTED_TO]->()
WITH a, collect(q.text) AS unattributed
WITH a, unattributed, EXISTS { (a)-[:DERIVED_FROM]->() } AS hasChain
WHERE size(unattributed) > 0 OR NOT hasChain
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Entity)
RETURN a.id AS articleId, a.headline AS headline, o.name AS outlet, hasChain,
       size(unattributed) AS unattributedQuotes, unattributed[..5] AS examples
ORDER BY unattributedQuotes DESC, articleId;
