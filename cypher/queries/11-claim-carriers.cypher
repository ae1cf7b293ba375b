// Claim search in Neo4j Browser: the articles that print a sentence, earliest first (undated last), each with its
// outlet, its date and its chains back to the primary source: the graph view draws the chains.
// Browser cannot reach Headwater's passage index, so this uses the full-text index over article text: every word of
// the claim must be there, in order, give or take a few words between them. `headwater claim "TEXT"`, GET
// /api/claims and the explorer page at / align the claim word by word instead, and also find copies with words
// changed or dropped, and quotes worded differently.
// Neo4j Browser: paste the file as it is and run it. The WITH line holds the example claim, a sentence of the demo
// corpus: put your own there (quotation marks and backslashes in it are ignored).
WITH 'unregistered trawlers landed catch worth more than $120 million at three ports' AS claim
WITH '"' + reduce(s = claim, c IN ['"', '\\'] | replace(s, c, ' ')) + '"~4' AS phrase
CALL db.index.fulltext.queryNodes('article_text', phrase) YIELD node AS a, score
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Entity)
OPTIONAL MATCH path = (a)-[:DERIVED_FROM*1..8]->(p)
WHERE NOT (p)-[:DERIVED_FROM]->()
WITH a, o, score, collect(path) AS paths
RETURN a.id AS articleId, coalesce(o.name, a.outlet) AS outlet, a.published AS published, a.headline AS headline,
       [p IN paths | coalesce(last(nodes(p)).name, last(nodes(p)).headline)] AS primarySources,
       [p IN paths | [n IN reverse(nodes(p)) | coalesce(n.agency, n.name, n.headline)]] AS chains,
       paths, round(score, 2) AS score
ORDER BY published IS NULL, published, articleId;
