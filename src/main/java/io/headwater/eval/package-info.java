/**
 * Evaluation of the whole pipeline on real news: a corpus of pages with gold provenance facts run through one
 * fresh graph ({@link io.headwater.eval.ProvenanceRun}) and the provenance it gives scored against the gold
 * ({@link io.headwater.eval.ProvenanceScorer}). It depends on the pipeline; nothing in the pipeline depends on it.
 */
package io.headwater.eval;
