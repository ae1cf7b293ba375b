/**
 * Neo4j: the embedded database and Neo4j Browser beside it, or an external server; the schema; writing resolved articles with the statements of {@code cypher/}.
 */
@NullMarked
package io.headwater.graph;

import org.jspecify.annotations.NullMarked;
