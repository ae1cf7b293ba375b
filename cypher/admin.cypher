// What the app runs to look after the database itself, each statement named by the "// name:" line above it:
// the state of its schema at start, and the password of the embedded database's user.

// The indexes that exist (a constraint's backing index carries the constraint's name) and whether each is online.
// name: schema-indexes
SHOW INDEXES YIELD name, state RETURN name, state;

// name: await-indexes
CALL db.awaitIndexes(60);

// Run by the embedded database on its own system database, to keep the password of its user (neo4j) the one in
// <db>/neo4j-password. Not for Neo4j Browser: it needs the system database and an administrator.
// name: set-password
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED;
