/**
 * Text reuse between articles: the passage index, alignment of shared passages, and the classification of a pair
 * (revision, derivation, shared quotes).
 */
@NullMarked
package io.headwater.reuse;

import org.jspecify.annotations.NullMarked;
