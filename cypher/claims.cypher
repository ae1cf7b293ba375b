// What claim search (io.headwater.trace.ClaimSearch, GET /api/claims, `claim "TEXT"`) asks the graph once the
// passage index has found the articles that carry a claim. Each statement is named by the "// name:" line above it.
// They are plain reads; a Browser user finds claims with queries/11-claim-carriers.cypher instead (full-text,
// since the passage index lives beside the graph, not in it).

// name: articles
// The facts of the articles that carry the claim.
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Entity)
RETURN a.id AS id, a.headline AS headline, coalesce(o.name, a.outlet) AS outlet, a.byline AS byline,
       a.dateline AS dateline, a.published AS published, a.url AS url, a.origin AS origin;

// name: quotes-in-passages
// The quotes each carrier prints inside the passage that holds the claim ($passages: [{id, start, end}]), whom
// they are attributed to, and the other wordings of each (VARIANT_OF, either way).
UNWIND $passages AS p
MATCH (a:Article {id: p.id})-[qr:QUOTES]->(q:Quote)
WHERE q.article = p.id AND q.start < p.end AND q.end > p.start
OPTIONAL MATCH (q)-[at:ATTRIBUTED_TO]->(s:Entity)
OPTIONAL MATCH (story:Story)-[:QUOTES]->(q)
RETURN p.id AS articleId, q.key AS key, q.text AS text, q.kind AS kind, q.start AS start, q.end AS end,
       q.nestedIn AS nestedIn, s.key AS sourceKey, s.name AS source, at.mention AS mention, story.agency AS via,
       qr.cue AS cue, qr.sentence AS sentence, qr.confidence AS confidence,
       [(q)-[:VARIANT_OF]-(other:Quote) WHERE other.article <> p.id |
          {key: other.key, text: other.text, article: other.article, start: other.start, end: other.end,
           source: [(other)-[:ATTRIBUTED_TO]->(os:Entity) | os.name][0],
           sourceKey: [(other)-[:ATTRIBUTED_TO]->(os:Entity) | os.key][0]}] AS variants
ORDER BY articleId, start;

// name: primary-sources
// Where the carriers' chains end (nodes that derive from nothing further), with the stops between, and how
// many of the carriers lead there.
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
MATCH path = (a)-[:DERIVED_FROM*1..8]->(p)
WHERE NOT (p)-[:DERIVED_FROM]->()
WITH p, a, [n IN reverse(nodes(path))[1..-1] | {
       label: CASE WHEN n:Story THEN 'Agency' ELSE head([l IN ['Article', 'Report', 'Agency', 'Outlet', 'Source'] WHERE l IN labels(n)]) END,
       key: coalesce(n.key, n.id), name: coalesce(n.agency, n.name, n.headline), type: n.type,
       inferred: coalesce(n.inferred, false)}] AS through
RETURN coalesce(p.key, p.id) AS key,
       CASE WHEN p:Story THEN 'Agency' ELSE head([l IN ['Article', 'Report', 'Agency', 'Outlet', 'Source'] WHERE l IN labels(p)]) END AS label,
       coalesce(p.name, p.headline) AS name, p.type AS type, coalesce(p.inferred, false) AS inferred,
       count(DISTINCT a) AS carriers, collect(through) AS through
ORDER BY carriers DESC, name;
