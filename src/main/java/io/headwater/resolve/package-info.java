/**
 * Turning mentions into canonical entities: the shipped gazetteer of agencies, outlets and bodies, the reading of a mention (name, document, pronoun, description), and in-article coreference. The result, {@link io.headwater.resolve.ResolvedArticle}, is what the graph stores.
 */
@NullMarked
package io.headwater.resolve;

import org.jspecify.annotations.NullMarked;
