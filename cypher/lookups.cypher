// Lookups the REST API and the command line run. Each statement is named by the "// name:" line above it.
// They are plain reads: paste one into Neo4j Browser with its parameters set (:param key => '...').

// name: article
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Entity)
RETURN a, o.name AS outlet;

// name: article-count
MATCH (a:Article) RETURN count(a) AS n;

// Articles read from a kind of origin ('demo:' for the built-in demo articles).
// name: articles-by-origin-prefix
MATCH (a:Article) WHERE a.origin STARTS WITH $prefix
RETURN a.id AS id ORDER BY id;

// name: first-chained-article
MATCH (a:Article)-[:DERIVED_FROM*2..]->()
RETURN a.id AS id ORDER BY a.id LIMIT 1;

// name: chains-of-articles
// queries/01-chains-to-primary-sources.cypher for several articles at once (a page of claim carriers, or one article's
// provenance): one round trip for all of them, each row naming its article, each article's chains in 01's order.
// Chains alike in length and primary source (one speaker quoted twice) follow the article's text (its own link's
// start): else their order is the store's, which differs between two graphs of the same articles.
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
MATCH path = (a)-[:DERIVED_FROM*1..8]->(primary)
WHERE NOT (primary)-[:DERIVED_FROM]->()
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(outlet:Entity)
RETURN articleId,
       [n IN reverse(nodes(path)) | {
          labels: labels(n), key: coalesce(n.key, n.id), name: coalesce(n.name, n.headline),
          type: n.type, agency: n.agency, inferred: coalesce(n.inferred, false),
          outlet: CASE WHEN n:Article THEN coalesce([(n)-[:PUBLISHED_BY]->(o) | o.name][0], n.outlet) END, qid: n.qid}] AS hops,
       [r IN reverse(relationships(path)) | properties(r)] AS links,
       outlet.name AS outlet, outlet.key AS outletKey
ORDER BY articleId, length(path) DESC, hops[0].name, links[-1].start;

// name: citations-of-sources
// queries/05-source-citations.cypher for every source on a set of chains at once, each row naming its source.
UNWIND $sourceKeys AS sourceKey
MATCH (s:Entity {key: sourceKey})-[r:CITES|AUTHORED_BY|SUBMITTED_TO]->(t:Entity)
RETURN sourceKey, type(r) AS relation, t.key AS key, t.name AS name, t.type AS type, r.sentence AS sentence,
       r.cue AS cue, r.confidence AS confidence, r.articles AS articles, properties(r) AS link
ORDER BY sourceKey, relation, name;

// name: entity
MATCH (e:Entity {key: $key}) RETURN e;

// name: entities
MATCH (e:Entity)
WHERE ($label IS NULL OR $label IN labels(e))
RETURN e ORDER BY e.name, e.key SKIP $skip LIMIT $limit;

// name: entity-count
MATCH (e:Entity)
WHERE ($label IS NULL OR $label IN labels(e))
RETURN count(e) AS n;

// name: entities-by-name
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE $label IS NULL OR $label IN labels(node)
RETURN node AS e, score ORDER BY score DESC, e.name SKIP $skip LIMIT $limit;

// name: search-articles
CALL db.index.fulltext.queryNodes('article_text', $query) YIELD node, score
RETURN 'article' AS kind, node.id AS id, node.headline AS title, left(node.text, 240) AS snippet, score
ORDER BY score DESC, id SKIP $skip LIMIT $limit;

// name: search-quotes
CALL db.index.fulltext.queryNodes('quote_text', $query) YIELD node, score
OPTIONAL MATCH (node)-[:ATTRIBUTED_TO]->(s:Entity)
RETURN 'quote' AS kind, node.key AS id, coalesce(s.name, 'unattributed') AS title, node.text AS snippet, score
ORDER BY score DESC, id SKIP $skip LIMIT $limit;

// name: quote
MATCH (q:Quote {key: $key})
OPTIONAL MATCH (q)-[at:ATTRIBUTED_TO]->(s:Entity)
OPTIONAL MATCH (a:Article)-[:QUOTES]->(q)
OPTIONAL MATCH (story:Story)-[:QUOTES]->(q)
RETURN q, s.key AS sourceKey, s.name AS source, at.mention AS mention, a.id AS articleId, story.agency AS via;

// name: article-text
MATCH (a:Article {id: $id}) RETURN a.text AS text;

// name: published-by
// It reads everything the outlet published before it sorts, so it serves outlets with few articles (see
// published-by-count); published-by-date serves the others with the same rows in the same order.
MATCH (e:Entity {key: $key})<-[:PUBLISHED_BY]-(x)
RETURN CASE WHEN x:Article THEN 'article' ELSE 'story' END AS kind, coalesce(x.id, x.key) AS id,
       coalesce(x.headline, x.name) AS title, x.published AS published, coalesce(x.inferred, false) AS inferred
ORDER BY published IS NULL, published, id SKIP $skip LIMIT $limit;

// name: published-by-date
// published-by for an outlet or agency with very many articles: it reads the articles oldest first from the
// article_published index and keeps the outlet's own until the page is full, so its work grows with how far into the
// articles the page lies, not with the outlet's degree. Past the dated articles, the undated ones (and the stories)
// come in id order, read from the outlet itself: only a page that deep reads the outlet whole.
MATCH (e:Entity {key: $key})
CALL (e) {
  MATCH (a:Article)
  WHERE a.published IS NOT NULL
  WITH a
  ORDER BY a.published, a.id
  MATCH (a)-[:PUBLISHED_BY]->(e)
  RETURN a AS x
  UNION ALL
  MATCH (e)<-[:PUBLISHED_BY]-(x)
  WHERE x.published IS NULL
  WITH x
  ORDER BY coalesce(x.id, x.key)
  RETURN x
}
WITH x
SKIP $skip LIMIT $limit
RETURN CASE WHEN x:Article THEN 'article' ELSE 'story' END AS kind, coalesce(x.id, x.key) AS id,
       coalesce(x.headline, x.name) AS title, x.published AS published, coalesce(x.inferred, false) AS inferred;

// name: derived-paths-at-most
// How many paths lead into a source, counted up to $atMost and no further: whether derived-page may walk them all
// (few) or must read the articles in date order instead (derived-page-by-date), so that a source years of articles
// derive from is never expanded whole. The LIMIT stops the expansion once it has found $atMost paths.
MATCH (s:Entity {key: $sourceKey})
CALL (s) {
  MATCH (a:Article)-[:DERIVED_FROM*1..8]->(s)
  RETURN a
  LIMIT $atMost
}
RETURN count(a) AS paths;

// name: derived-page
// A page of what derives from a source, as queries/02-articles-derived-from-source.cypher lists it whole (for Browser):
// $skip and $limit bound the rows and the per-row work (the path's nodes, what each cites). It walks every path into
// the source before it sorts, so it serves sources with few paths (derived-paths-at-most); derived-page-by-date
// serves the others with the same rows in the same order. The order (oldest first, then id, then the shorter path,
// then the path's nodes) is total, so pages neither repeat nor skip a row while the graph does not change.
MATCH (s:Entity {key: $sourceKey})
MATCH path = (a:Article)-[:DERIVED_FROM*1..8]->(s)
WITH a, path
ORDER BY a.published, a.id, length(path), [n IN nodes(path) | coalesce(n.key, n.id)]
SKIP $skip LIMIT $limit
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(outlet:Entity)
RETURN a.id AS articleId, a.headline AS headline, a.published AS published, a.url AS url,
       outlet.name AS outlet, outlet.key AS outletKey, length(path) AS hops,
       [n IN reverse(nodes(path)) | {
          labels: labels(n), key: coalesce(n.key, n.id), name: coalesce(n.name, n.headline),
          type: n.type, agency: n.agency, inferred: coalesce(n.inferred, false),
          outlet: CASE WHEN n:Article THEN coalesce([(n)-[:PUBLISHED_BY]->(o) | o.name][0], n.outlet) END}] AS pathNodes,
       [r IN reverse(relationships(path)) | properties(r)] AS pathLinks;

// name: derived-page-by-date
// derived-page for a source with very many paths into it: instead of walking them all, it reads the articles oldest
// first from the article_published index (then, for the undated, in id order from the article_id constraint's index)
// and keeps those with a path into the source, walking each article's few outgoing links, until the page is full.
// Its work grows with how far into the articles the page lies, not with the source's descendants.
// The dated rows come before the undated because Neo4j's Union operator returns its left input first (DerivedPagesIT
// holds the pages against derived-page's, undated articles included).
MATCH (s:Entity {key: $sourceKey})
CALL (s) {
  MATCH (a:Article)
  WHERE a.published IS NOT NULL
  WITH a
  ORDER BY a.published, a.id
  CALL (a, s) {
    MATCH path = (a)-[:DERIVED_FROM*1..8]->(s)
    RETURN path
    ORDER BY length(path), [n IN nodes(path) | coalesce(n.key, n.id)]
  }
  RETURN a, path
  UNION ALL
  MATCH (a:Article)
  WHERE a.id IS NOT NULL AND a.published IS NULL
  WITH a
  ORDER BY a.id
  CALL (a, s) {
    MATCH path = (a)-[:DERIVED_FROM*1..8]->(s)
    RETURN path
    ORDER BY length(path), [n IN nodes(path) | coalesce(n.key, n.id)]
  }
  RETURN a, path
}
WITH a, path
SKIP $skip LIMIT $limit
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(outlet:Entity)
RETURN a.id AS articleId, a.headline AS headline, a.published AS published, a.url AS url,
       outlet.name AS outlet, outlet.key AS outletKey, length(path) AS hops,
       [n IN reverse(nodes(path)) | {
          labels: labels(n), key: coalesce(n.key, n.id), name: coalesce(n.name, n.headline),
          type: n.type, agency: n.agency, inferred: coalesce(n.inferred, false),
          outlet: CASE WHEN n:Article THEN coalesce([(n)-[:PUBLISHED_BY]->(o) | o.name][0], n.outlet) END}] AS pathNodes,
       [r IN reverse(relationships(path)) | properties(r)] AS pathLinks;

// name: published-by-count
MATCH (e:Entity {key: $key})<-[:PUBLISHED_BY]-(x) RETURN count(x) AS n;
