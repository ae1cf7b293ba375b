package io.headwater.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds the lead (standfirst, "Vorspann", "chapô", "bajada") that pages print between the headline and the body:
 * news sites set it apart from the text, in the page's header or in a box classed "teaser", "intro" or "lead", so
 * the body's container does not hold it although it is the article's first paragraph.
 */
final class LeadFinder {

    /** A lead is a sentence or more; shorter blocks there are datelines, bylines, reading times. */
    private static final int SHORTEST = 80;
    /** More than this between headline and text is not one lead but other things (a gallery, a table of contents). */
    private static final int LONGEST = 1500;
    private static final int MOST_BLOCKS = 3;
    private static final double MOST_LINKS = 0.2;
    private static final Pattern ADDRESS = Pattern.compile("(?i)https?://|www\\.");
    private static final Pattern PICTURE = Pattern.compile("(?i)img|image|photo|foto|bild|picture|gallery|video");

    private LeadFinder() {
    }

    /**
     * {@code body} with the lead printed between the headline and its first block put in front, or {@code body}
     * as it is when there is no such lead; {@code headline} is the page's headline.
     */
    static @Nullable List<TextBlock> withLead(PageBlocks page, List<TextBlock> body, String headline) {
        if (body.isEmpty() || headline == null) {
            return body;
        }
        List<TextBlock> blocks = page.blocks();
        int first = indexOf(blocks, body.get(0));
        int heading = headlineBefore(blocks, first, key(headline));
        if (first < 0 || heading < 0 || first - heading < 2) {
            return body;
        }
        int scope = commonAncestor(page, blocks.get(heading).owner(), blocks.get(first).owner());
        List<TextBlock> lead = new ArrayList<>();
        int chars = 0;
        for (int i = heading + 1; i < first; i++) {
            TextBlock b = blocks.get(i);
            if (!readsAsLead(b) || besideAPicture(page, b.owner(), scope) || inFurniture(page, b.owner(), scope)) {
                continue;
            }
            lead.add(b);
            chars += b.text().length();
        }
        if (lead.isEmpty() || lead.size() > MOST_BLOCKS || chars > LONGEST) {
            return body;
        }
        List<TextBlock> result = new ArrayList<>(lead);
        result.addAll(body);
        return result;
    }

    /**
     * The headline's own block before {@code first}, or -1: the first {@code <h1>} that prints it (with a kicker, say),
     * else the last heading that does; a teaser list repeating the headline further down is not it.
     */
    private static int headlineBefore(List<TextBlock> blocks, int first, String headline) {
        if (headline.isEmpty()) {
            return -1;
        }
        int last = -1;
        for (int i = 0; i < first; i++) {
            TextBlock b = blocks.get(i);
            String k = key(b.text());
            // a short headline ("Ischgl") must be the heading's whole text, a longer one may come with a kicker
            if (b.heading() && (k.equals(headline) || headline.length() >= 12 && k.contains(headline))) {
                if (b.tag().equals("h1")) {
                    return i;
                }
                last = i;
            }
        }
        return last;
    }

    /**
     * Running text: long enough, few links, one paragraph, not an item of a list (the key points some sites print
     * instead), no web address (a reprint notice, the page's own address).
     */
    private static boolean readsAsLead(TextBlock b) {
        String text = b.text().strip();
        return text.length() >= SHORTEST && b.linkDensity() < MOST_LINKS && text.indexOf('\n') < 0
                && !b.tag().equals("li") && !ADDRESS.matcher(text).find();
    }

    /** Text in a box named for a picture ("img_description", "image-desc", "bildunterschrift") describes the picture. */
    private static boolean besideAPicture(PageBlocks page, int owner, int scope) {
        for (int i = owner; i >= 0 && i != scope; i = page.parent()[i]) {
            if (PICTURE.matcher(page.elements().get(i).className()).find()) {
                return true;
            }
        }
        return false;
    }

    /** True when an element from {@code owner} up to {@code scope} is named as furniture or comments (a teaser is not). */
    private static boolean inFurniture(PageBlocks page, int owner, int scope) {
        for (int i = owner; i >= 0 && i != scope; i = page.parent()[i]) {
            ClassNameSignals.Role role = page.roles()[i];
            if (role == ClassNameSignals.Role.FURNITURE || role == ClassNameSignals.Role.COMMENTS) {
                return true;
            }
        }
        return false;
    }

    private static int commonAncestor(PageBlocks page, int a, int b) {
        int p = a;
        while (p > 0 && !page.within(b, p)) {
            p = page.parent()[p];
        }
        return p;
    }

    private static int indexOf(List<TextBlock> blocks, TextBlock block) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) == block) {
                return i;
            }
        }
        return -1;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
