// Deletes one article and what only it holds up, in one transaction: its quotes, its own links, its
// share of the links between entities, and entities nothing else refers to any more.

// name: delete
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:QUOTES]->(q:Quote)
WHERE q.article = $id
WITH a, collect(q) AS quotes
CALL (quotes) { UNWIND quotes AS q DETACH DELETE q }
DETACH DELETE a
WITH count(*) AS deleted
MATCH (x:Entity)-[r]->(y:Entity)
WHERE r.articles IS NOT NULL AND $id IN r.articles
WITH r, [i IN range(0, size(coalesce(r.evidenceArticles, [])) - 1) WHERE r.evidenceArticles[i] <> $id] AS keep
SET r.articles = [i IN r.articles WHERE i <> $id]
WITH r, keep
CALL (r, keep) {
  // The deleted article's evidence goes too; the edge's own sentence becomes the next article's.
  WITH r, keep WHERE r.evidenceArticles IS NOT NULL
  SET r.evidenceArticles = [i IN keep | r.evidenceArticles[i]], r.sentences = [i IN keep | r.sentences[i]],
      r.starts = [i IN keep | r.starts[i]], r.ends = [i IN keep | r.ends[i]], r.cues = [i IN keep | r.cues[i]],
      r.confidences = [i IN keep | r.confidences[i]], r.mentions = [i IN keep | r.mentions[i]]
  WITH r WHERE size(r.evidenceArticles) > 0
  SET r.sentence = r.sentences[0], r.start = r.starts[0], r.end = r.ends[0], r.cue = r.cues[0],
      r.confidence = r.confidences[0], r.mention = r.mentions[0]
}
WITH r WHERE size(r.articles) = 0
DELETE r;

// name: orphans
MATCH (e:Entity)
WHERE NOT (e)-[:PUBLISHED_BY|DERIVED_FROM|QUOTES|ATTRIBUTED_TO|CITES|CREDITS|SUBMITTED_TO|AUTHORED_BY]-()
DETACH DELETE e
RETURN count(e) AS removed;
