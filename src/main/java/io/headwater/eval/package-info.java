/**
 * Evaluation and benchmarks over the pipeline: generated corpora, measurements and the tables the CLI's
 * bench commands print. Depends on the pipeline; nothing in the pipeline depends on it.
 */
package io.headwater.eval;
