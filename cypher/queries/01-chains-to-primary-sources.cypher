// Chains from an article back to its primary sources, hop by hop: the graph view draws each path, the table
// lists the hops from the primary source to the article's outlet.
// Neo4j Browser: paste the file as it is and run it. The WITH line holds the example, the demo corpus's Harbour
// Times article: put another article's id there (`MATCH (a:Article) RETURN a.id, a.headline` lists them).
WITH 'a-cb4cc6f412e7777d' AS articleId
MATCH (a:Article {id: articleId})
MATCH path = (a)-[:DERIVED_FROM*1..8]->(primary)
WHERE NOT (primary)-[:DERIVED_FROM]->()
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(outlet:Entity)
RETURN path,
       [n IN reverse(nodes(path)) | {
          labels: labels(n), key: coalesce(n.key, n.id), name: coalesce(n.name, n.headline),
          type: n.type, agency: n.agency, inferred: coalesce(n.inferred, false),
          outlet: CASE WHEN n:Article THEN coalesce([(n)-[:PUBLISHED_BY]->(o) | o.name][0], n.outlet) END, qid: n.qid}] AS hops,
       [r IN reverse(relationships(path)) | properties(r)] AS links,
       outlet.name AS outlet, outlet.key AS outletKey
ORDER BY length(path) DESC, hops[0].name, links[-1].start;
