// Reports already in the graph that a new article's report may be: those of the same author, of a body it is
// part of, or of a body part of it. Identity is decided in the app (ReportIdentity) from what each node
// stores: its dates, month, symbol, number and the facts it was quoted as saying. Named by "// name: ..." lines.

// name: by-author
// $author: the new report's author key; $authorLine: that author and the bodies it is part of.
MATCH (r:Report)
WHERE r.authorKey IN $authorLine OR $author IN coalesce(r.authorLine, [])
RETURN r.key AS key, r.authorKey AS author, r.authorLine AS authorLine, coalesce(r.dates, []) AS dates,
       coalesce(r.month, 0) AS month, coalesce(r.previous, false) AS previous, r.symbol AS symbol,
       coalesce(r.ordinal, 0) AS ordinal, coalesce(r.facts, []) AS facts
ORDER BY key;
