// Text reuse: the passages an article shares with other articles, side by side, with what the pair is
// (REVISION_OF, DERIVED_FROM, SHARES_QUOTE, or SHARES_TEXT: derived text that neither took from the
// other, e.g. both copied one agency story) and how its direction is known. Offsets point into each
// article's text, and shared is the share of the article's words that lie in shared passages.
// Neo4j Browser: paste the file as it is and run it (the table shows the passages). The WITH line holds the
// example, the demo corpus's Harbour Times article, which shares an AFP story's sentences with Riverside Daily.
WITH 'a-cb4cc6f412e7777d' AS articleId
MATCH (a:Article {id: articleId})-[r:REVISION_OF|DERIVED_FROM|SHARES_TEXT|SHARES_QUOTE]-(b:Article)
WHERE r.method STARTS WITH 'headwater-reuse'
WITH a, b, r, startNode(r) = a AS outgoing
WITH a, b, r, outgoing,
     CASE WHEN outgoing THEN r.aStarts ELSE r.bStarts END AS hereStarts,
     CASE WHEN outgoing THEN r.aEnds ELSE r.bEnds END AS hereEnds,
     CASE WHEN outgoing THEN r.bStarts ELSE r.aStarts END AS thereStarts,
     CASE WHEN outgoing THEN r.bEnds ELSE r.aEnds END AS thereEnds
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(oa:Entity)
OPTIONAL MATCH (b)-[:PUBLISHED_BY]->(ob:Entity)
RETURN coalesce(oa.name, a.outlet) AS outlet, b.id AS otherId, b.headline AS otherHeadline,
       coalesce(ob.name, b.outlet) AS otherOutlet, b.published AS otherPublished,
       type(r) AS relationship, r.class AS class, r.direction AS direction, r.upstream AS upstream, outgoing,
       CASE WHEN outgoing THEN r.sharedA ELSE r.sharedB END AS shared,
       CASE WHEN outgoing THEN r.sharedB ELSE r.sharedA END AS otherShared,
       r.score AS score,
       [i IN range(0, size(hereStarts) - 1) | {
          start: hereStarts[i], end: hereEnds[i], text: substring(a.text, hereStarts[i], hereEnds[i] - hereStarts[i]),
          otherStart: thereStarts[i], otherEnd: thereEnds[i],
          otherText: substring(b.text, thereStarts[i], thereEnds[i] - thereStarts[i]),
          quoted: r.quoted[i]}] AS passages
ORDER BY score DESC, otherId;
