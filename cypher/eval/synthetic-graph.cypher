// What bench-claims (io.headwater.eval.SyntheticGraph) writes to build a synthetic provenance graph: articles with
// their outlets, the agency stories and reports they derive from, the copies that took text from an agency's article,
// and quotes attributed to speakers. Batches arrive as lists of maps; labels come from the benchmark's fixed set.
// Never run against a real graph: every node it makes has origin 'synthetic'.

// name: entities
UNWIND $entities AS e
MERGE (n:Entity {key: e.key})
SET n += e.properties, n.origin = 'synthetic'
SET n:$(e.label);

// name: articles
UNWIND $articles AS row
CREATE (a:Article)
SET a = row.properties, a.origin = 'synthetic'
WITH a, row
MATCH (o:Entity {key: row.outlet})
CREATE (a)-[:PUBLISHED_BY {prov: 'prov:wasAttributedTo'}]->(o);

// name: article-derived-from-entity
UNWIND $links AS l
MATCH (a:Article {id: l.from})
MATCH (e:Entity {key: l.to})
CREATE (a)-[r:DERIVED_FROM]->(e)
SET r = l.properties;

// name: entity-derived-from-entity
UNWIND $links AS l
MATCH (x:Entity {key: l.from})
MATCH (y:Entity {key: l.to})
MERGE (x)-[r:DERIVED_FROM]->(y)
SET r += l.properties;

// name: article-derived-from-article
UNWIND $links AS l
MATCH (a:Article {id: l.from})
MATCH (b:Article {id: l.to})
CREATE (a)-[r:DERIVED_FROM]->(b)
SET r = l.properties;

// name: quotes
UNWIND $quotes AS q
MATCH (a:Article {id: q.article})
MATCH (s:Entity {key: q.source})
CREATE (x:Quote)
SET x = q.properties
CREATE (a)-[:QUOTES {cue: 'said', sentence: q.sentence, confidence: 0.9}]->(x)
CREATE (x)-[:ATTRIBUTED_TO {prov: 'prov:wasAttributedTo'}]->(s);
