/**
 * Evaluation apart from the runtime: error tables, distillation of word features, benchmarks and the synthetic
 * corpora they run on, and the whole pipeline measured on real news (a corpus of pages with gold provenance facts
 * run through one fresh graph by {@link io.headwater.eval.ProvenanceRun} and scored by
 * {@link io.headwater.eval.ProvenanceScorer}), with the commands that drive them. It depends on the pipeline;
 * nothing in the pipeline depends on it.
 * {@link io.headwater.eval.CommandBenchmark} times whole command-line runs, each in a JVM of its own.
 */
@NullMarked
package io.headwater.eval;

import org.jspecify.annotations.NullMarked;
