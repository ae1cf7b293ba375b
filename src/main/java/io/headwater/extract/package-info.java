/**
 * Finding attributions (who said what, through whom) and credits in an article's text, over OpenNLP sentences, tokens and parts of speech. Sources stay mentions here; resolving them is the next stage's job.
 */
@NullMarked
package io.headwater.extract;

import org.jspecify.annotations.NullMarked;
