// What bench-graph (io.headwater.eval.GraphBenchmark) reads to choose what it looks up in a synthetic graph, and the
// lookups' statements it runs raw through the driver beside the application's own calls. Read-only.

// name: reports
MATCH (r:Report)
RETURN r.key AS key
LIMIT $limit;

// name: people
MATCH (s:Source)
RETURN s.name AS name
LIMIT $limit;

// name: busiest-publisher
// The agency or outlet with the most articles: COUNT of one relationship type reads the node's degree, not its articles.
MATCH (e:Entity)
WHERE e:Agency OR e:Outlet
RETURN e.key AS key, COUNT { (e)<-[:PUBLISHED_BY]-() } AS articles
ORDER BY articles DESC
LIMIT 1;

// name: article-ids
// Every article's id, in id order: bench-graph --store draws its inputs from them with its seed.
MATCH (a:Article)
RETURN a.id AS id
ORDER BY id;

// name: article-text
MATCH (a:Article {id: $id})
RETURN a.text AS text;

// name: graph-size
// Both counts come from the count store.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS links }
RETURN nodes, links;

// The shape of a graph, to hold one built by bulk import beside one built through the write statements
// (BulkGraphImportIT): nodes by label, relationships by type, and each label's and type's property keys with
// the kinds of value they hold.
// name: label-counts
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS n
ORDER BY label;

// name: type-counts
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS n
ORDER BY type;

// name: label-property-kinds
MATCH (n)
UNWIND labels(n) AS label
UNWIND keys(n) AS key
RETURN label, key, collect(DISTINCT valueType(n[key])) AS kinds, count(*) AS n
ORDER BY label, key;

// name: type-property-kinds
MATCH ()-[r]->()
UNWIND keys(r) AS key
RETURN type(r) AS type, key, collect(DISTINCT valueType(r[key])) AS kinds, count(*) AS n
ORDER BY type, key;

// name: most-derived-from
// The source the most links lead into directly (a speaker of many speeches, a report of many stories): the supernode
// of DERIVED_FROM. COUNT of one relationship type and direction reads each node's degree, not its links.
MATCH (e:Entity)
RETURN e.key AS key, COUNT { (e)<-[:DERIVED_FROM]-() } AS direct
ORDER BY direct DESC, key
LIMIT 1;

// name: await-indexes
// After a bulk import: the full-text index over every article's text takes minutes at a million articles.
CALL db.awaitIndexes(7200);
