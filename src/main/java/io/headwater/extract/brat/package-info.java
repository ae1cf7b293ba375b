/**
 * Writing attributions in BRAT standoff, the way PolNeAR's annotators mark them.
 */
@NullMarked
package io.headwater.extract.brat;

import org.jspecify.annotations.NullMarked;
