/**
 * Measuring the pipeline on data nobody here wrote: {@link io.headwater.eval.BodyExtractionRun} runs the HTML reader
 * over saved pages for the scorers and times it, {@link io.headwater.eval.WebPageScore} scores page metadata and main
 * text on web-pages-dev and sorts the misses into kinds. Depends on the pipeline; nothing in the pipeline depends on it.
 */
package io.headwater.eval;
