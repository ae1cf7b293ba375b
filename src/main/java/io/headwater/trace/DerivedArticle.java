package io.headwater.trace;

import java.util.List;

/**
 * An article downstream of a source.
 *
 * @param articleId the article
 * @param headline  its headline
 * @param outlet    its outlet
 * @param published its date
 * @param url       its address
 * @param hops      how many DERIVED_FROM steps separate it from the source
 * @param through   the names along the path, article first
 */
public record DerivedArticle(String articleId, String headline, String outlet, String published, String url, long hops,
                             List<String> through) {
}
