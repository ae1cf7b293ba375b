// Quote fidelity: the article's quotes that other articles word differently (VARIANT_OF edges, stored at
// ingest), each wording kept, with the word-level difference from the earlier wording to the later one
// ("−DPRK +North Korea also"). sameSource: both wordings are attributed to the same source.
// Neo4j Browser: paste the file as it is and run it. The WITH line holds the example article's id.
WITH 'a-cb4cc6f412e7777d' AS articleId
MATCH (a:Article {id: articleId})-[:QUOTES]->(q:Quote)-[v:VARIANT_OF]-(other:Quote)
WHERE q.article = a.id
MATCH (b:Article {id: other.article})
OPTIONAL MATCH (q)-[:ATTRIBUTED_TO]->(s:Entity)
OPTIONAL MATCH (b)-[:PUBLISHED_BY]->(ob:Entity)
RETURN q.key AS key, q.text AS wording, other.key AS otherKey, other.text AS otherWording, b.id AS otherId,
       coalesce(ob.name, b.outlet) AS otherOutlet, s.name AS source, startNode(v) = q AS later,
       v.diff AS diff, v.overlap AS overlap, v.sameSource AS sameSource
ORDER BY q.start, otherId;
