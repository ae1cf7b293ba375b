/**
 * The command-line door (picocli): serve, ingest, trace, report, extract-text.
 */
package io.headwater.cli;
