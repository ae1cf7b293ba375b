/**
 * Evaluation and training tools that read annotated corpora: error tables, distillation of word features, benchmarks.
 * Depends on the pipeline; nothing in the pipeline depends on it.
 */
package io.headwater.eval;
