// Syndication: the other publications of an article's text, word for word the same (same contentHash) but
// printed by another outlet or at another address. Each publication is its own Article, with its own
// outlet, address and date. Earliest first.
// Neo4j Browser: paste the file as it is and run it. The WITH line holds the id of an article whose text another
// outlet may also print: the example is the demo corpus's Riverside Daily article, which no one else printed (ingest
// its text again with another --outlet and --url to see a row).
WITH 'a-ed65d5c811582783' AS articleId
MATCH (a:Article {id: articleId})
MATCH (b:Article {contentHash: a.contentHash})
WHERE b.id <> a.id
OPTIONAL MATCH (b)-[:PUBLISHED_BY]->(o:Entity)
RETURN b.id AS id, b.headline AS headline, coalesce(o.name, b.outlet) AS outlet, b.byline AS byline, b.dateline AS dateline,
       b.published AS published, b.url AS url, b.origin AS origin
ORDER BY published, id;
