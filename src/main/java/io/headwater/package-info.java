/**
 * The facade over the pipeline ({@link io.headwater.Headwater}): ingest, extract, resolve, reuse, graph and trace,
 * with the REST, CLI and report doors around it.
 */
@NullMarked
package io.headwater;

import org.jspecify.annotations.NullMarked;
