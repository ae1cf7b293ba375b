// Statements the app runs to write one article, all in one transaction (nothing half-written).
// Each statement is named by the comment line "// name: ..." above it; parameters come from the app.

// name: exists
MATCH (a:Article {id: $id}) RETURN a.id AS id, a.headline AS headline;

// name: article
CREATE (a:Article)
SET a = $article, a.ingestedAt = datetime();

// name: entities
UNWIND $entities AS e
MERGE (n:Entity {key: e.key})
  ON CREATE SET n.name = e.name, n.type = e.type, n.qid = e.qid, n.aliases = e.aliases,
                n.aliasText = e.aliasText, n.createdAt = datetime()
SET n:$(e.label)
SET n += e.properties
SET n.mentions = coalesce(n.mentions, []) + [m IN e.mentions WHERE NOT m IN coalesce(n.mentions, [])];

// name: quotes
UNWIND $quotes AS q
MERGE (x:Quote {key: q.key})
  ON CREATE SET x += q.properties;

// name: article-entity
UNWIND $links AS l
MATCH (a:Article {id: l.from})
MATCH (e:Entity {key: l.to})
MERGE (a)-[r:$(l.type)]->(e)
SET r += l.properties;

// name: entity-entity
UNWIND $links AS l
MATCH (a:Entity {key: l.from})
MATCH (b:Entity {key: l.to})
MERGE (a)-[r:$(l.type)]->(b)
  ON CREATE SET r += l.properties, r.articles = [l.article]
  ON MATCH SET r.articles = r.articles + [x IN [l.article] WHERE NOT x IN r.articles],
               r.support = coalesce(r.support, 1) + 1;

// name: article-quote
UNWIND $links AS l
MATCH (a:Article {id: l.from})
MATCH (q:Quote {key: l.to})
MERGE (a)-[r:$(l.type)]->(q)
SET r += l.properties;

// name: entity-quote
UNWIND $links AS l
MATCH (e:Entity {key: l.from})
MATCH (q:Quote {key: l.to})
MERGE (e)-[r:$(l.type)]->(q)
SET r += l.properties;

// name: quote-entity
UNWIND $links AS l
MATCH (q:Quote {key: l.from})
MATCH (e:Entity {key: l.to})
MERGE (q)-[r:$(l.type)]->(e)
SET r += l.properties;
