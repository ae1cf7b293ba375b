/**
 * The command-line door (picocli): serve, ingest, trace, report, extract-text.
 */
@NullMarked
package io.headwater.cli;

import org.jspecify.annotations.NullMarked;
