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

// name: graph-size
// Both counts come from the count store.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS links }
RETURN nodes, links;
