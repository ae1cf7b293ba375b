// The same source's words as different outlets print them: pairs of quotes attributed to one source in
// two articles, sharing most of their words but not worded the same ("DPRK demonstrated ..." against
// "North Korea also demonstrated ..."). overlap is the share of the shorter quote's words found in the other.

MATCH (a1:Article)-[:QUOTES]->(q1:Quote)-[:ATTRIBUTED_TO]->(s:Entity)<-[:ATTRIBUTED_TO]-(q2:Quote)<-[:QUOTES]-(a2:Article)
WHERE a1.id < a2.id AND q1.text <> q2.text
WITH s, a1, a2, q1, q2,
     [w IN split(toLower(q1.text), ' ') WHERE size(w) > 2] AS w1,
     [w IN split(toLower(q2.text), ' ') WHERE size(w) > 2] AS w2
WITH s, a1, a2, q1, q2, w1, w2,
     CASE WHEN size(w1) < size(w2) THEN w1 ELSE w2 END AS shorter,
     CASE WHEN size(w1) < size(w2) THEN w2 ELSE w1 END AS longer
WHERE size(shorter) >= 4
WITH s, a1, a2, q1, q2, toFloat(size([w IN shorter WHERE w IN longer])) / size(shorter) AS overlap
WHERE overlap >= 0.6
OPTIONAL MATCH (a1)-[:PUBLISHED_BY]->(o1:Entity)
OPTIONAL MATCH (a2)-[:PUBLISHED_BY]->(o2:Entity)
RETURN s.name AS source, o1.name AS outlet1, q1.text AS wording1, o2.name AS outlet2, q2.text AS wording2,
       round(overlap, 2) AS overlap, a1.id AS article1, a2.id AS article2
ORDER BY overlap DESC, source;
