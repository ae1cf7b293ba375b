/**
 * The values every stage shares and that import nothing of the pipeline: a {@link io.headwater.core.Span} of an
 * article's text, the {@link io.headwater.core.Evidence} on every edge, and the graph's
 * {@link io.headwater.core.Relation}s.
 */
@NullMarked
package io.headwater.core;

import org.jspecify.annotations.NullMarked;
