// Every article that derives from a source (a report, an agency, a person), directly or through others,
// with the path it took. Browser: find a key with `MATCH (e:Entity) RETURN e.key, e.name`.
:param sourceKey => 'report:org:international-maritime-compliance-panel';

MATCH (s:Entity {key: $sourceKey})
MATCH path = (a:Article)-[:DERIVED_FROM*1..8]->(s)
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(outlet:Entity)
RETURN path,
       a.id AS articleId, a.headline AS headline, a.published AS published, a.url AS url,
       outlet.name AS outlet, length(path) AS hops,
       [n IN nodes(path) | coalesce(n.agency, n.name, outlet.name, n.headline)] AS through
ORDER BY a.published, a.id;
