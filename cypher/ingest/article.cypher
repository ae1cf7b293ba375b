// What the app runs to write one article: one statement, in one transaction, so nothing is ever
// half-written and the whole article costs one round trip. An article whose id is already in the graph
// is left alone: the statement then returns no row. An article is one publication of a text: the same
// text published by two outlets is two Article nodes with the same contentHash (the first gets the id
// derived from the text alone; see docs/model.md).
//
// Parameters: $article (the article's properties) and $rows: entities, quotes, and one list of links per pair of
// ends (articleEntity, entityEntity, articleQuote, entityQuote, quoteEntity), each link
// {type, from, to, article, properties}, no two with the same type and ends. Entities carry :Entity plus
// their own label; relationship types and labels come from the app's fixed vocabulary, never from article
// text. Links with the new article or one of its new quotes at an end are created, since they cannot exist
// yet; a link between two entities is merged.

// Statements ingest runs for every article start with CYPHER replan=skip: their plans are seeks by key whatever
// the graph's counts (IngestPlansIT holds them so on an empty graph), so a graph growing from nothing during one
// ingest does not have them planned again at every doubling (docs/performance.md, "Fifth round").
// name: write
CYPHER replan=skip
OPTIONAL MATCH (existing:Article {id: $article.id})
WITH existing WHERE existing IS NULL
CREATE (a:Article)
SET a = $article, a.ingestedAt = datetime()
WITH a
CALL (a) {
  UNWIND $rows.entities AS e
  MERGE (n:Entity {key: e.key})
    ON CREATE SET n.name = e.name, n.type = e.type, n.qid = e.qid, n.aliases = e.aliases,
                  n.aliasText = e.aliasText, n.createdAt = datetime()
  SET n:$(e.label)
  SET n += e.properties
  SET n.mentions = coalesce(n.mentions, []) + [m IN e.mentions WHERE NOT m IN coalesce(n.mentions, [])]
}
CALL (a) {
  UNWIND $rows.quotes AS q
  MERGE (x:Quote {key: q.key})
    ON CREATE SET x += q.properties
}
CALL (a) {
  UNWIND $rows.articleEntity AS l
  MATCH (e:Entity {key: l.to})
  CREATE (a)-[r:$(l.type)]->(e)
  SET r += l.properties
}
CALL (a) {
  // A link between entities (an agency story quoting a report) is one edge however many articles say so:
  // articles lists them, and each one's own evidence is kept beside the others in parallel lists
  // (evidenceArticles, sentences, starts, ends, cues, confidences, mentions), so that a report shows every article
  // its own sentence. The edge's sentence, start, ... are those of the first article. An edge written
  // before the lists existed gets them seeded from that first article's evidence.
  UNWIND $rows.entityEntity AS l
  MATCH (x:Entity {key: l.from})
  MATCH (y:Entity {key: l.to})
  // A link between two entities may exist already: MERGE it. With a type named in the statement the planner
  // finds it from its two ends; with a dynamic type it may scan every relationship for each link (it does
  // when the statement is planned on a nearly empty graph), so the app's types are named one by one, one
  // branch each (ArticleGraphWriter refuses any other).
  CALL (x, y, l) {
    UNWIND CASE l.type WHEN 'DERIVED_FROM' THEN [1] ELSE [] END AS named
    MERGE (x)-[r:DERIVED_FROM]->(y)
      ON CREATE SET r += l.properties, r.articles = [l.article]
      ON MATCH SET r.articles = r.articles + [i IN [l.article] WHERE NOT i IN r.articles], r.support = coalesce(r.support, 1) + 1
    RETURN r
    UNION ALL
    UNWIND CASE l.type WHEN 'PUBLISHED_BY' THEN [1] ELSE [] END AS named
    MERGE (x)-[r:PUBLISHED_BY]->(y)
      ON CREATE SET r += l.properties, r.articles = [l.article]
      ON MATCH SET r.articles = r.articles + [i IN [l.article] WHERE NOT i IN r.articles], r.support = coalesce(r.support, 1) + 1
    RETURN r
    UNION ALL
    UNWIND CASE l.type WHEN 'CITES' THEN [1] ELSE [] END AS named
    MERGE (x)-[r:CITES]->(y)
      ON CREATE SET r += l.properties, r.articles = [l.article]
      ON MATCH SET r.articles = r.articles + [i IN [l.article] WHERE NOT i IN r.articles], r.support = coalesce(r.support, 1) + 1
    RETURN r
    UNION ALL
    UNWIND CASE l.type WHEN 'AUTHORED_BY' THEN [1] ELSE [] END AS named
    MERGE (x)-[r:AUTHORED_BY]->(y)
      ON CREATE SET r += l.properties, r.articles = [l.article]
      ON MATCH SET r.articles = r.articles + [i IN [l.article] WHERE NOT i IN r.articles], r.support = coalesce(r.support, 1) + 1
    RETURN r
    UNION ALL
    UNWIND CASE l.type WHEN 'SUBMITTED_TO' THEN [1] ELSE [] END AS named
    MERGE (x)-[r:SUBMITTED_TO]->(y)
      ON CREATE SET r += l.properties, r.articles = [l.article]
      ON MATCH SET r.articles = r.articles + [i IN [l.article] WHERE NOT i IN r.articles], r.support = coalesce(r.support, 1) + 1
    RETURN r
    UNION ALL
    UNWIND CASE l.type WHEN 'PART_OF' THEN [1] ELSE [] END AS named
    MERGE (x)-[r:PART_OF]->(y)
      ON CREATE SET r += l.properties, r.articles = [l.article]
      ON MATCH SET r.articles = r.articles + [i IN [l.article] WHERE NOT i IN r.articles], r.support = coalesce(r.support, 1) + 1
    RETURN r
  }
  WITH r, l, r.evidenceArticles IS NULL AND r.sentence IS NOT NULL AS seed
  SET r.evidenceArticles = CASE WHEN seed THEN [r.articles[0]] ELSE r.evidenceArticles END,
      r.sentences = CASE WHEN seed THEN [r.sentence] ELSE r.sentences END,
      r.starts = CASE WHEN seed THEN [r.start] ELSE r.starts END,
      r.ends = CASE WHEN seed THEN [r.end] ELSE r.ends END,
      r.cues = CASE WHEN seed THEN [coalesce(r.cue, '')] ELSE r.cues END,
      r.confidences = CASE WHEN seed THEN [coalesce(r.confidence, 0.0)] ELSE r.confidences END,
      r.mentions = CASE WHEN seed THEN [coalesce(r.mention, '')] ELSE r.mentions END
  WITH r, l
  WHERE l.properties.sentence IS NOT NULL AND NOT l.article IN coalesce(r.evidenceArticles, [])
  SET r.evidenceArticles = coalesce(r.evidenceArticles, []) + l.article,
      r.sentences = coalesce(r.sentences, []) + l.properties.sentence,
      r.starts = coalesce(r.starts, []) + l.properties.start,
      r.ends = coalesce(r.ends, []) + l.properties.end,
      r.cues = coalesce(r.cues, []) + coalesce(l.properties.cue, ''),
      r.confidences = coalesce(r.confidences, []) + coalesce(l.properties.confidence, 0.0),
      r.mentions = coalesce(r.mentions, []) + coalesce(l.properties.mention, '')
}
CALL (a) {
  UNWIND $rows.articleQuote AS l
  MATCH (q:Quote {key: l.to})
  CREATE (a)-[r:$(l.type)]->(q)
  SET r += l.properties
}
CALL (a) {
  UNWIND $rows.entityQuote AS l
  MATCH (e:Entity {key: l.from})
  MATCH (q:Quote {key: l.to})
  CREATE (e)-[r:$(l.type)]->(q)
  SET r += l.properties
}
CALL (a) {
  UNWIND $rows.quoteEntity AS l
  MATCH (q:Quote {key: l.from})
  MATCH (e:Entity {key: l.to})
  CREATE (q)-[r:$(l.type)]->(e)
  SET r += l.properties
}
RETURN a.id AS id;

// name: exists
MATCH (a:Article {id: $id}) RETURN a.id AS id, a.headline AS headline;

// name: publications
// The publications of one text (its Article nodes), in the order they were ingested: a new reading of the
// text is one of them unless its address or outlet tells it apart.
CYPHER replan=skip
MATCH (a:Article {contentHash: $contentHash})
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Entity)
RETURN a.id AS id, a.contentHash AS contentHash, a.outlet AS outlet, o.key AS outletKey, a.url AS url,
       a.published AS published
ORDER BY a.ingestedAt, a.id;

// name: publication
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Entity)
RETURN a.id AS id, a.contentHash AS contentHash, a.outlet AS outlet, o.key AS outletKey, a.url AS url,
       a.published AS published;

// name: publish
// Sets a publication's outlet, url or published ($properties: those given) and, with $outlet (an entity
// row as in "write"), moves its PUBLISHED_BY edge to that outlet. metadataUpdatedAt says when: the values
// came after the article was first written (filled in by a later ingest, or corrected).
MATCH (a:Article {id: $id})
SET a += $properties, a.metadataUpdatedAt = datetime()
WITH a
CALL (a) {
  WITH a WHERE $outlet IS NOT NULL
  OPTIONAL MATCH (a)-[old:PUBLISHED_BY]->(previous:Entity)
  WHERE previous.key <> $outlet.key
  DELETE old
  WITH DISTINCT a
  MERGE (o:Entity {key: $outlet.key})
    ON CREATE SET o.name = $outlet.name, o.type = $outlet.type, o.qid = $outlet.qid, o.aliases = $outlet.aliases,
                  o.aliasText = $outlet.aliasText, o.createdAt = datetime(), o.mentions = []
  SET o:$($outlet.label)
  MERGE (a)-[:PUBLISHED_BY]->(o)
}
RETURN a.id AS id;
