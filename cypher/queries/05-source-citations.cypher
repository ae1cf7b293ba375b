// What a report (or any source) cites, who wrote it and where it was submitted.
// Neo4j Browser: paste the file as it is and run it. The WITH line holds the example source's key.
WITH 'report:org:international-maritime-compliance-panel:2024-03' AS sourceKey
MATCH (s:Entity {key: sourceKey})-[r:CITES|AUTHORED_BY|SUBMITTED_TO]->(t:Entity)
RETURN type(r) AS relation, t.key AS key, t.name AS name, t.type AS type, r.sentence AS sentence,
       r.cue AS cue, r.confidence AS confidence, r.articles AS articles, properties(r) AS link
ORDER BY relation, name;
