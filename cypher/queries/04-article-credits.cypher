// Picture credits of an article: kept apart from text provenance (a Reuters photo does not make the text Reuters').
:param articleId => 'a-6b1d0e2f5c6a7d31';

MATCH (a:Article {id: $articleId})-[c:CREDITS]->(e:Entity)
RETURN e.key AS key, e.name AS name, e.type AS type, c.kind AS kind, c.sentence AS caption, c.cue AS cue,
       c.confidence AS confidence
ORDER BY name;
