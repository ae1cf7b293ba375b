/**
 * Evaluation apart from the runtime: error tables, distillation of word features, benchmarks and the synthetic
 * corpora they run on, with the commands that drive them. It depends on the pipeline; nothing in the pipeline depends
 * on it.
 */
package io.headwater.eval;
