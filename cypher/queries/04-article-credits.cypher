// Picture credits of an article: kept apart from text provenance (a Reuters photo does not make the text Reuters').
// Neo4j Browser: paste the file as it is and run it. The WITH line holds the example article's id.
WITH 'a-cb4cc6f412e7777d' AS articleId
MATCH (a:Article {id: articleId})-[c:CREDITS]->(e:Entity)
RETURN e.key AS key, e.name AS name, e.type AS type, c.kind AS kind, c.sentence AS caption, c.cue AS cue,
       c.confidence AS confidence
ORDER BY name;
