/**
 * Reading BRAT-annotated corpora and scoring extracted attributions against them.
 */
@NullMarked
package io.headwater.eval.brat;

import org.jspecify.annotations.NullMarked;
