/**
 * Questions answered from the graph with the queries of {@code cypher/}: an article's chains to its primary sources, a source's descendants, lookups by key, name and text.
 */
@NullMarked
package io.headwater.trace;

import org.jspecify.annotations.NullMarked;
