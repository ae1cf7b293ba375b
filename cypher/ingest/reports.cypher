// Reports already in the graph that a new article's report may be: those of the same author, of a body it is
// part of, or of a body part of it. Identity is decided in the app (ReportIdentity) from what each node
// stores: its dates, month, symbol, number and the facts it was quoted as saying. Named by "// name: ..." lines.

// Statements ingest runs for every article start with CYPHER replan=skip: their plans are seeks by key whatever
// the graph's counts (IngestPlansIT holds them so on an empty graph), so a graph growing from nothing during one
// ingest does not have them planned again at every doubling (docs/performance.md, "Fifth round").
// name: by-author
// $author: the new report's author key; $lists.authorLine: that author and the bodies it is part of (inside a map,
// as every list ingest passes: Neo4j keys its plan cache on the size class of a list parameter, not of a map).
CYPHER replan=skip
MATCH (r:Report)
WHERE r.authorKey IN $lists.authorLine OR $author IN coalesce(r.authorLine, [])
RETURN r.key AS key, r.authorKey AS author, r.authorLine AS authorLine, coalesce(r.dates, []) AS dates,
       coalesce(r.month, 0) AS month, coalesce(r.previous, false) AS previous, r.symbol AS symbol,
       coalesce(r.ordinal, 0) AS ordinal, coalesce(r.facts, []) AS facts
ORDER BY key;
