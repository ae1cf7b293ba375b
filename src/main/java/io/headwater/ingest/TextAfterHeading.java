package io.headwater.ingest;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks a page forward from inside its headline through the next stretch of text, where pages print the
 * date and the byline, leaving out scripts, navigation, forms, figures and boxes that hold other things
 * (comments, teasers).
 */
final class TextAfterHeading {

    /** What the walk shows; each method returns true to stop it. */
    interface Visitor {
        boolean text(TextNode text);

        default boolean element(Element element) {
            return false;
        }
    }

    /** Containers whose text is about other things: comments, teasers, lists of other articles. */
    static final Pattern ELSEWHERE = Pattern.compile(
            "(?i)comment|kommentar|reply|antwort|related|teaser|sidebar|widget|footer|recent|similar|popular|recommend|"
                    + "more-|weitere|aside|promo|newsletter|breadcrumb|archive|calendar|event");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "nav", "aside", "footer", "form",
            "select", "button", "iframe", "svg", "figure", "figcaption", "blockquote", "label", "textarea");

    private TextAfterHeading() {
    }

    /** Shows {@code visitor} the text from the start of {@code heading} on, through about {@code limit} characters. */
    static void walk(Element heading, int limit, Visitor visitor) {
        int seen = 0;
        Node n = heading.childNodeSize() > 0 ? heading.childNode(0) : after(heading);
        while (n != null && seen < limit) {
            if (n instanceof TextNode t) {
                seen += t.text().strip().length();
                if (visitor.text(t)) {
                    return;
                }
                n = after(n);
            } else if (n instanceof Element e) {
                if (SKIPPED.contains(e.normalName()) || ELSEWHERE.matcher(e.className()).find()) {
                    n = after(e);
                    continue;
                }
                if (visitor.element(e)) {
                    return;
                }
                n = e.childNodeSize() > 0 ? e.childNode(0) : after(e);
            } else {
                n = after(n);
            }
        }
    }

    /** The node after {@code n} and everything inside it, in document order. */
    static Node after(Node n) {
        for (Node at = n; at != null; at = at.parent()) {
            Node next = at.nextSibling();
            if (next != null) {
                return next;
            }
        }
        return null;
    }
}
