// What the app runs to write one article: one statement, in one transaction, so nothing is ever
// half-written and the whole article costs one round trip. An article whose id (content hash) is
// already in the graph is left alone: the statement then returns no row.
//
// Parameters: $article (the article's properties), $entities, $quotes, and one list of links per pair of
// ends ($articleEntity, $entityEntity, $articleQuote, $entityQuote, $quoteEntity), each link
// {type, from, to, article, properties}, no two with the same type and ends. Entities carry :Entity plus
// their own label; relationship types and labels come from the app's fixed vocabulary, never from article
// text. Links with the new article or one of its new quotes at an end are created, since they cannot exist
// yet; a link between two entities is merged.

// name: write
OPTIONAL MATCH (existing:Article {id: $article.id})
WITH existing WHERE existing IS NULL
CREATE (a:Article)
SET a = $article, a.ingestedAt = datetime()
WITH a
CALL (a) {
  UNWIND $entities AS e
  MERGE (n:Entity {key: e.key})
    ON CREATE SET n.name = e.name, n.type = e.type, n.qid = e.qid, n.aliases = e.aliases,
                  n.aliasText = e.aliasText, n.createdAt = datetime()
  SET n:$(e.label)
  SET n += e.properties
  SET n.mentions = coalesce(n.mentions, []) + [m IN e.mentions WHERE NOT m IN coalesce(n.mentions, [])]
}
CALL (a) {
  UNWIND $quotes AS q
  MERGE (x:Quote {key: q.key})
    ON CREATE SET x += q.properties
}
CALL (a) {
  UNWIND $articleEntity AS l
  MATCH (e:Entity {key: l.to})
  CREATE (a)-[r:$(l.type)]->(e)
  SET r += l.properties
}
CALL (a) {
  UNWIND $entityEntity AS l
  MATCH (x:Entity {key: l.from})
  MATCH (y:Entity {key: l.to})
  // A link between two entities may exist already: MERGE it. With a type named in the statement the planner
  // finds it from its two ends; with a dynamic type it may scan every relationship for each link (it does
  // when the statement is planned on a nearly empty graph), so the app's types are named one by one
  // (ArticleGraphWriter refuses any other).
  FOREACH (_ IN CASE l.type WHEN 'DERIVED_FROM' THEN [1] ELSE [] END |
    MERGE (x)-[r:DERIVED_FROM]->(y)
      ON CREATE SET r += l.properties, r.articles = [l.article]
      ON MATCH SET r.articles = r.articles + [i IN [l.article] WHERE NOT i IN r.articles], r.support = coalesce(r.support, 1) + 1)
  FOREACH (_ IN CASE l.type WHEN 'PUBLISHED_BY' THEN [1] ELSE [] END |
    MERGE (x)-[r:PUBLISHED_BY]->(y)
      ON CREATE SET r += l.properties, r.articles = [l.article]
      ON MATCH SET r.articles = r.articles + [i IN [l.article] WHERE NOT i IN r.articles], r.support = coalesce(r.support, 1) + 1)
  FOREACH (_ IN CASE l.type WHEN 'CITES' THEN [1] ELSE [] END |
    MERGE (x)-[r:CITES]->(y)
      ON CREATE SET r += l.properties, r.articles = [l.article]
      ON MATCH SET r.articles = r.articles + [i IN [l.article] WHERE NOT i IN r.articles], r.support = coalesce(r.support, 1) + 1)
  FOREACH (_ IN CASE l.type WHEN 'AUTHORED_BY' THEN [1] ELSE [] END |
    MERGE (x)-[r:AUTHORED_BY]->(y)
      ON CREATE SET r += l.properties, r.articles = [l.article]
      ON MATCH SET r.articles = r.articles + [i IN [l.article] WHERE NOT i IN r.articles], r.support = coalesce(r.support, 1) + 1)
  FOREACH (_ IN CASE l.type WHEN 'SUBMITTED_TO' THEN [1] ELSE [] END |
    MERGE (x)-[r:SUBMITTED_TO]->(y)
      ON CREATE SET r += l.properties, r.articles = [l.article]
      ON MATCH SET r.articles = r.articles + [i IN [l.article] WHERE NOT i IN r.articles], r.support = coalesce(r.support, 1) + 1)
  FOREACH (_ IN CASE l.type WHEN 'PART_OF' THEN [1] ELSE [] END |
    MERGE (x)-[r:PART_OF]->(y)
      ON CREATE SET r += l.properties, r.articles = [l.article]
      ON MATCH SET r.articles = r.articles + [i IN [l.article] WHERE NOT i IN r.articles], r.support = coalesce(r.support, 1) + 1)
}
CALL (a) {
  UNWIND $articleQuote AS l
  MATCH (q:Quote {key: l.to})
  CREATE (a)-[r:$(l.type)]->(q)
  SET r += l.properties
}
CALL (a) {
  UNWIND $entityQuote AS l
  MATCH (e:Entity {key: l.from})
  MATCH (q:Quote {key: l.to})
  CREATE (e)-[r:$(l.type)]->(q)
  SET r += l.properties
}
CALL (a) {
  UNWIND $quoteEntity AS l
  MATCH (q:Quote {key: l.from})
  MATCH (e:Entity {key: l.to})
  CREATE (q)-[r:$(l.type)]->(e)
  SET r += l.properties
}
RETURN a.id AS id;

// name: exists
MATCH (a:Article {id: $id}) RETURN a.id AS id, a.headline AS headline;
