// What an article quotes or paraphrases, and whom each content is attributed to (and through whom).
// Neo4j Browser: paste the file as it is and run it. The WITH line holds the example article's id.
WITH 'a-cb4cc6f412e7777d' AS articleId
MATCH (a:Article {id: articleId})-[qr:QUOTES]->(q:Quote)
OPTIONAL MATCH (q)-[at:ATTRIBUTED_TO]->(s:Entity)
OPTIONAL MATCH (story:Story)-[:QUOTES]->(q)
RETURN q.key AS key, q.text AS text, q.kind AS kind, q.start AS start, q.end AS end, q.nestedIn AS nestedIn,
       s.key AS sourceKey, s.name AS source, labels(s) AS sourceLabels, at.mention AS mention,
       story.agency AS via, qr.cue AS cue, qr.sentence AS sentence, qr.confidence AS confidence
ORDER BY q.start;
