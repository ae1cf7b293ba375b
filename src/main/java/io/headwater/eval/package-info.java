/**
 * Evaluation and benchmarks that measure the pipeline from outside: they depend on it, it never on them.
 * {@link io.headwater.eval.CommandBenchmark} times whole command-line runs, each in a JVM of its own.
 */
package io.headwater.eval;
