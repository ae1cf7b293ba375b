// Picture credits of an article: kept apart from text provenance (a Reuters photo does not make the text Reuters').
:param articleId => 'a-cb4cc6f412e7777d';

MATCH (a:Article {id: $articleId})-[c:CREDITS]->(e:Entity)
RETURN e.key AS key, e.name AS name, e.type AS type, c.kind AS kind, c.sentence AS caption, c.cue AS cue,
       c.confidence AS confidence
ORDER BY name;
