// Find an agency, outlet, report or source by (part of) its name or an alias, best matches first.
// Neo4j Browser: paste the file as it is and run it. The WITH line holds the example: change the name there.
WITH 'compliance panel' AS name
CALL db.index.fulltext.queryNodes('entity_names', name) YIELD node, score
RETURN node.key AS key, node.name AS name, [l IN labels(node) WHERE l <> 'Entity'][0] AS label,
       node.type AS type, node.qid AS qid, node.aliases AS aliases, score
ORDER BY score DESC, name
LIMIT 25;
