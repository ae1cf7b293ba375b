// Text reuse evidence for one new article. The write statements run in the article's own write
// transaction (after the article, its entities and links), so an article and its reuse edges are
// written together or not at all; the look-ups run just before it. Named by "// name: ..." lines.
// Lists arrive inside the map $lists: Neo4j plans a statement again for each size class of a list parameter,
// never for a map's (see ArticleGraphWriter.parameters).

// Statements ingest runs for every article start with CYPHER replan=skip: their plans are seeks by key whatever
// the graph's counts (IngestPlansIT holds them so on an empty graph), so a graph growing from nothing during one
// ingest does not have them planned again at every doubling (docs/performance.md, "Fifth round").
// name: pairs
// One edge per pair of articles sharing passages, typed by its class (REVISION_OF, DERIVED_FROM,
// SHARES_QUOTE, or SHARES_TEXT for derivation that is not one from the other); passages as parallel lists.
CYPHER replan=skip
UNWIND $lists.pairs AS p
MATCH (a:Article {id: p.from})
MATCH (b:Article {id: p.to})
MERGE (a)-[r:$(p.type)]->(b)
SET r += p.properties;

// name: upstream-support
// Both articles of a pair attribute to the same upstream: their DERIVED_FROM edges to it now rest on
// attribution and on shared passages.
CYPHER replan=skip
UNWIND $lists.support AS s
MATCH (a:Article {id: s.article})-[d:DERIVED_FROM]->(u:Entity {key: s.upstream})
WITH d, s, coalesce(d.evidence, ['attribution']) AS before, coalesce(d.reuseWith, []) AS partners
SET d.evidence = before + [x IN ['text-reuse'] WHERE NOT x IN before],
    d.reuseWith = partners + [x IN [s.partner] WHERE NOT x IN partners],
    d.reuseShare = CASE WHEN d.reuseShare IS NULL OR s.share > d.reuseShare THEN s.share ELSE d.reuseShare END;

// name: variants
// Two wordings of one quoted content: the new article's quote VARIANT_OF the earliest wording of it, with
// the difference (one edge per new wording, however many articles quote it alike).
CYPHER replan=skip
UNWIND $lists.variants AS v
MATCH (q1:Quote {key: v.from})
MATCH (q2:Quote {key: v.to})
MERGE (q1)-[r:VARIANT_OF]->(q2)
SET r += v.properties;

// name: quotes-by-source
// Earlier quotes attributed to any of the new article's sources, to compare wordings with; the earliest
// first (by publication date, else by when they were ingested), since a new wording is linked to the
// earliest wording of its quote.
CYPHER replan=skip
UNWIND $lists.sources AS source
MATCH (q:Quote)-[:ATTRIBUTED_TO]->(:Entity {key: source})
WHERE q.article <> $id
MATCH (a:Article {id: q.article})
WITH q, source, coalesce(a.published, toString(a.ingestedAt)) AS since
ORDER BY since, q.key
RETURN q.key AS key, q.text AS text, q.article AS article, source, q.nestedIn IS NOT NULL AS nested, since
LIMIT 2000;

// name: quotes-of-articles
// The quotes of the articles the new one shares passages with.
CYPHER replan=skip
UNWIND $lists.ids AS articleId
MATCH (a:Article {id: articleId})-[:QUOTES]->(q:Quote)
WHERE q.article = articleId
OPTIONAL MATCH (q)-[:ATTRIBUTED_TO]->(s:Entity)
RETURN q.key AS key, q.text AS text, q.article AS article, s.key AS source, q.nestedIn IS NOT NULL AS nested,
       coalesce(a.published, toString(a.ingestedAt)) AS since;

// name: indexed-article
// What the reuse index keeps of an article, read back from the graph: to index again an article the index
// lost (a crash before its commit) or whose outlet or date changed.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Entity)
RETURN a.id AS id, coalesce(o.key, a.outlet) AS outlet, coalesce(o:Agency, false) AS agency, a.published AS published,
       a.text AS text, [(a)-[:DERIVED_FROM]->(u:Story|Agency) | u.key] AS upstreams;

// name: article-ids
// Every article id in ascending order, to compare the graph with the reuse index (which lists its ids in the same order).
MATCH (a:Article)
RETURN a.id AS id
ORDER BY id;
