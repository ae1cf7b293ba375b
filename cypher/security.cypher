// What the embedded database runs on its own system database to keep the password of its user (neo4j) the one
// in <db>/neo4j-password. Not a query for Neo4j Browser: it needs the system database and an administrator.

// name: set-password
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED;
