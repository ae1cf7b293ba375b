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
 * @param path      the way from the source (first) to the article's outlet (last), each hop with the
 *                  evidence of the link to the next
 */
public record DerivedArticle(String articleId, String headline, String outlet, String published, String url, long hops,
                             List<Hop> path) {

    public DerivedArticle {
        path = path == null ? List.of() : List.copyOf(path);
    }
}
