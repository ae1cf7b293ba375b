package io.headwater.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where the story stops on a copied page: "....continue reading" cuts it short, and what follows ("Related
 * Article", "Leave a Comment", teasers of other stories with their agencies and dates) is the page's, not the
 * story's. Those teasers must not become sources or agencies of the story.
 */
final class ArticleEnd {

    /** "… citing people familiar with the talks....continue reading", "Read more". */
    private static final Pattern CUT_SHORT = Pattern.compile("(?i)\\s*(?:\\.{3}|…)?\\s*(?:continue reading|read more|read the full (?:story|article))\\s*[.…]*$");
    /** A line after which nothing belongs to the story. */
    private static final Pattern AFTER_THE_STORY = Pattern.compile(
            "(?i)^(?:related articles?|related stories|related news|related|more from .{1,40}|you may also like|leave a comment|"
                    + "post a comment|no comments:?|comments \\(\\d+\\)|recommended(?: stories)?|trending(?: now)?)$");

    private ArticleEnd() {
    }

    /** The part of {@code line} that still belongs to the story when it cuts the story short. */
    static @Nullable String cutShort(String line) {
        Matcher m = CUT_SHORT.matcher(line);
        return m.find() ? line.substring(0, m.start()).strip() : null;
    }

    /** True for a line after which the page shows only its own furniture. */
    static boolean followsTheStory(String line) {
        return AFTER_THE_STORY.matcher(line).matches();
    }
}
