// What the quote-variant benchmark (bench-variants) counts after each batch of templated articles.

// name: counts
MATCH (a:Article)
WITH count(a) AS articles
CALL () { MATCH (q:Quote) RETURN count(q) AS quotes }
CALL () { MATCH (:Quote)-[v:VARIANT_OF]->(:Quote) RETURN count(v) AS variants }
CALL () {
  MATCH (:Article)-[r:REVISION_OF|DERIVED_FROM|SHARES_TEXT|SHARES_QUOTE]->(:Article)
  WHERE r.method STARTS WITH 'headwater-reuse'
  RETURN count(r) AS reusePairs
}
CALL () {
  MATCH (q:Quote)
  OPTIONAL MATCH (q)-[v:VARIANT_OF]->()
  WITH q, count(v) AS out
  RETURN max(out) AS maxPerQuote
}
RETURN articles, quotes, variants, reusePairs, maxPerQuote;
