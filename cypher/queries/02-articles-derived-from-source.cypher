// Every article that derives from a source (a report, an agency, a person), directly or through others,
// with the path it took, oldest first: the source's descendants as a timeline.
// Neo4j Browser: paste the file as it is and run it. The WITH line holds the example, the demo corpus's report:
// put another source's key there (`MATCH (e:Entity) RETURN e.key, e.name` lists them).
WITH 'report:org:international-maritime-compliance-panel:2024-03' AS sourceKey
MATCH (s:Entity {key: sourceKey})
MATCH path = (a:Article)-[:DERIVED_FROM*1..8]->(s)
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(outlet:Entity)
RETURN path,
       a.id AS articleId, a.headline AS headline, a.published AS published, a.url AS url,
       outlet.name AS outlet, outlet.key AS outletKey, length(path) AS hops,
       [n IN reverse(nodes(path)) | {
          labels: labels(n), key: coalesce(n.key, n.id), name: coalesce(n.name, n.headline),
          type: n.type, agency: n.agency, inferred: coalesce(n.inferred, false),
          outlet: CASE WHEN n:Article THEN coalesce([(n)-[:PUBLISHED_BY]->(o) | o.name][0], n.outlet) END}] AS pathNodes,
       [r IN reverse(relationships(path)) | properties(r)] AS pathLinks
ORDER BY a.published, a.id;
