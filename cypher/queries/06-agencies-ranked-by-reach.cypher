// News agencies ranked by how much they feed others: articles and outlets that derive from their
// stories (seen or inferred) or from them directly, and how many sources their stories carried.

MATCH (g:Agency)
CALL (g) {
  MATCH (a:Article)-[:DERIVED_FROM]->(:Story)-[:PUBLISHED_BY]->(g) RETURN a
  UNION
  MATCH (a:Article)-[:DERIVED_FROM]->(g) RETURN a
}
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Entity)
OPTIONAL MATCH (s:Story)-[:PUBLISHED_BY]->(g)
OPTIONAL MATCH (s)-[:DERIVED_FROM]->(src:Entity)
RETURN g.key AS key, g.name AS agency, count(DISTINCT a) AS articles, count(DISTINCT o) AS outlets,
       collect(DISTINCT o.name)[..10] AS outletNames, count(DISTINCT src) AS sourcesCarried
ORDER BY articles DESC, outlets DESC, agency;
