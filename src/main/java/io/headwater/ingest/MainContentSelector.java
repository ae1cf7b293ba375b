package io.headwater.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the article body among a page's text blocks. Each block votes for the elements that contain
 * it: running prose (long, few links) for, link lists, short scraps and furniture-classed text against.
 * The element with the best balance is the body's container; within it, furniture (share bars, related
 * links, "Advertisement") is dropped block by block.
 */
final class MainContentSelector {

    /** Scraps of page furniture that appear as short blocks inside article bodies. */
    private static final Pattern FURNITURE_TEXT = Pattern.compile(
            "(?i)^(?:advertisement|advertisment|ad|sponsored|story continues below(?: advertisement)?|"
                    + "continue reading(?: below| the main story)?|read more|read also|also read|see also|related|"
                    + "related (?:articles?|stories|content|coverage)|more on this|share|share this(?: article| story)?|"
                    + "share on \\w+|tweet|email|print|comments?|\\d+ comments?|click here.*|subscribe.*|sign up.*|"
                    + "follow us.*|skip (?:to )?(?:main )?content|image|photo|video|loading\\.*|listen to this article|"
                    + "(?:\\d+|one|two|three) min(?:ute)?s? read|back to top|top stories|trending|recommended|"
                    + "editor'?s picks?|you may also like|most (?:read|popular)|copyright.*|©.*)\\W*$");

    /** The blocks that make up the article body, in reading order. */
    List<TextBlock> select(PageBlocks page, boolean useClassNames) {
        int n = page.elements().size();
        if (n == 0) {
            return List.of();
        }
        double[] score = new double[n];
        for (TextBlock block : page.blocks()) {
            score[block.owner()] += vote(block, page, useClassNames);
        }
        int[] parent = page.parent();
        double[] subtree = score.clone();
        for (int i = n - 1; i > 0; i--) {
            if (parent[i] >= 0) {
                subtree[parent[i]] += subtree[i];
            }
        }
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (subtree[i] >= subtree[best] * 0.999 && isContainer(page, i)) {
                // Ties go to the deeper element, which holds the same prose with less around it.
                if (subtree[i] > subtree[best] || page.within(i, best)) {
                    best = i;
                }
            }
        }
        return keep(page, best, useClassNames);
    }

    private static boolean isContainer(PageBlocks page, int i) {
        String tag = page.elements().get(i).normalName();
        return !tag.equals("p") && !tag.equals("a") && !tag.equals("span") && !tag.equals("li")
                && !tag.equals("h1") && !tag.equals("h2") && !tag.equals("h3") && !tag.equals("strong")
                && !tag.equals("b") && !tag.equals("em") && !tag.equals("i") && !tag.equals("font");
    }

    private static double vote(TextBlock block, PageBlocks page, boolean useClassNames) {
        int length = block.text().length();
        int links = block.linkChars();
        if (useClassNames && inFurniture(page, block.owner(), -1)) {
            return -length;
        }
        if (block.heading()) {
            return 0;
        }
        double density = block.linkDensity();
        if (density > 0.33) {
            return -length;
        }
        if (length < 40) {
            return -length * 0.5;
        }
        return (length - links) - 20;
    }

    /** True when an element from {@code owner} up to (not including) {@code container} is furniture. */
    private static boolean inFurniture(PageBlocks page, int owner, int container) {
        int[] parent = page.parent();
        for (int i = owner; i >= 0 && i != container; i = parent[i]) {
            if (page.roles()[i] == ClassNameSignals.Role.FURNITURE) {
                return true;
            }
        }
        return false;
    }

    private static List<TextBlock> keep(PageBlocks page, int container, boolean useClassNames) {
        List<TextBlock> kept = new ArrayList<>();
        for (TextBlock block : page.blocks()) {
            if (!page.within(block.owner(), container)) {
                continue;
            }
            if (useClassNames && inFurniture(page, block.owner(), container)) {
                continue;
            }
            String text = block.text();
            if (block.linkDensity() > 0.5 && !block.heading()) {
                continue;
            }
            if (text.length() < 80 && FURNITURE_TEXT.matcher(text).matches()) {
                continue;
            }
            kept.add(block);
        }
        return kept;
    }
}
