/**
 * Evaluation apart from the runtime: error tables, distillation of word features, benchmarks and the synthetic
 * corpora they run on, with the commands that drive them. It depends on the pipeline; nothing in the pipeline depends
 * on it.
 * {@link io.headwater.eval.CommandBenchmark} times whole command-line runs, each in a JVM of its own.
 */
package io.headwater.eval;
