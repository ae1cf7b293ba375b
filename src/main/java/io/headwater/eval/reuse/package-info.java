/**
 * The reuse benchmark: a synthetic corpus of copied, revised and quoting articles, and pair scoring on it.
 */
@NullMarked
package io.headwater.eval.reuse;

import org.jspecify.annotations.NullMarked;
