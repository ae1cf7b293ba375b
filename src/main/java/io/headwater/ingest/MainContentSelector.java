package io.headwater.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the article body among a page's text blocks. Each block votes for the elements that contain
 * it: running prose (long, few links) for, link lists, short scraps and furniture-classed text against.
 * The element with the best balance is the body's container; within it, furniture (share bars, related
 * links, "Advertisement") is dropped block by block.
 *
 * <p>Why one class of this size: the scoring pass and the clean-up passes after it all read the same
 * per-element text, link and furniture arrays of one page, and the HTML benchmark guards how they work
 * together; split apart, those arrays would be handed from class to class.
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

    /** "Updated 10:01 pm PST, ...", "Published: ...", or the page's own address printed as text. */
    private static final Pattern TIMESTAMP_OR_ADDRESS = Pattern.compile(
            "(?i)(?:(?:last )?updated|published|posted|first published|modified)\\b.*|https?://\\S+");

    /** The blocks that make up the article body, in reading order. */
    List<TextBlock> select(PageBlocks page, boolean useClassNames) {
        int n = page.elements().size();
        if (n == 0) {
            return List.of();
        }
        int[] parent = page.parent();
        int[] text = new int[n];
        int[] links = new int[n];
        for (TextBlock block : page.blocks()) {
            text[block.owner()] += block.text().length();
            links[block.owner()] += block.linkChars();
        }
        int[] children = new int[n];
        for (int i = n - 1; i > 0; i--) {
            int p = parent[i];
            if (p >= 0) {
                text[p] += text[i];
                links[p] += links[i];
                children[p]++;
            }
        }
        boolean[] furniture = furniture(page, text, useClassNames);
        if (useClassNames) {
            // Link density is judged on what remains once furniture is set aside, as if it were cut out.
            sumWithoutFurniture(page, furniture, text, links);
        }
        double[] score = new double[n];
        boolean[] candidate = new boolean[n];
        for (TextBlock block : page.blocks()) {
            int length = block.text().length();
            if (length < 25 || inFurniture(page, furniture, block.owner(), -1)) {
                continue;
            }
            double points = points(block.text());
            // Loose text in an element that also holds blocks is a paragraph of that element (readability
            // wraps it in a <p>); text that fills its element makes the element the paragraph.
            int ancestor = page.nests()[block.owner()] ? block.owner() : parent[block.owner()];
            for (int level = 0; ancestor >= 0 && level < 5; level++, ancestor = parent[ancestor]) {
                if (!candidate[ancestor]) {
                    candidate[ancestor] = true;
                    score[ancestor] = initialScore(page, ancestor, furniture, useClassNames);
                }
                score[ancestor] += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }
        int top = -1;
        for (int i = 0; i < n; i++) {
            if (candidate[i]) {
                score[i] *= 1 - (text[i] == 0 ? 0 : (double) links[i] / text[i]);
                if (top < 0 || score[i] > score[top]) {
                    top = i;
                }
            }
        }
        if (top < 0) {
            return keep(page, List.of(0), furniture);
        }
        top = commonAncestorOfRivals(page, score, candidate, top);
        top = climbWhileScoreHolds(page, score, candidate, top);
        while (parent[top] > 0 && children[parent[top]] == 1) {
            top = parent[top];
        }
        int[] prose = prose(page, furniture);
        List<Integer> parts = withSiblings(page, score, candidate, text, links, prose, top);
        parts.addAll(sectionsBesideTheParent(page, furniture, text, links, prose, top));
        parts.sort(null);
        return keep(page, parts, furniture);
    }

    /** Characters of running prose (paragraphs of 80 or more characters, few links) under each element. */
    private static int[] prose(PageBlocks page, boolean[] furniture) {
        int n = page.elements().size();
        int[] prose = new int[n];
        for (TextBlock block : page.blocks()) {
            if (block.text().length() >= 80 && block.linkDensity() < 0.25) {
                prose[block.owner()] += block.text().length();
            }
        }
        int[] parent = page.parent();
        for (int i = n - 1; i > 0; i--) {
            if (parent[i] >= 0 && !furniture[i]) {
                prose[parent[i]] += prose[i];
            }
        }
        return prose;
    }

    private static void sumWithoutFurniture(PageBlocks page, boolean[] furniture, int[] text, int[] links) {
        int n = text.length;
        java.util.Arrays.fill(text, 0);
        java.util.Arrays.fill(links, 0);
        for (TextBlock block : page.blocks()) {
            text[block.owner()] += block.text().length();
            links[block.owner()] += block.linkChars();
        }
        int[] parent = page.parent();
        for (int i = n - 1; i > 0; i--) {
            if (parent[i] >= 0 && !furniture[i]) {
                text[parent[i]] += text[i];
                links[parent[i]] += links[i];
            }
        }
    }

    /** Several near-best candidates under one ancestor mean the article is split: take the ancestor. */
    private static int commonAncestorOfRivals(PageBlocks page, double[] score, boolean[] candidate, int top) {
        List<Integer> best = new ArrayList<>();
        for (int i = 0; i < score.length; i++) {
            if (candidate[i] && i != top) {
                best.add(i);
            }
        }
        best.sort((a, b) -> Double.compare(score[b], score[a]));
        List<Integer> rivals = new ArrayList<>();
        for (int i = 0; i < Math.min(4, best.size()); i++) {
            if (score[best.get(i)] >= score[top] * 0.75) {
                rivals.add(best.get(i));
            }
        }
        if (rivals.size() < 3) {
            return top;
        }
        for (int p = page.parent()[top]; p > 0; p = page.parent()[p]) {
            int inside = 0;
            for (int r : rivals) {
                if (page.within(r, p)) {
                    inside++;
                }
            }
            if (inside >= 3) {
                return p;
            }
        }
        return top;
    }

    private static int climbWhileScoreHolds(PageBlocks page, double[] score, boolean[] candidate, int top) {
        double last = score[top];
        double threshold = last / 3;
        for (int p = page.parent()[top]; p > 0; p = page.parent()[p]) {
            if (!candidate[p]) {
                continue;
            }
            if (score[p] < threshold) {
                break;
            }
            if (score[p] > last) {
                return p;
            }
            last = score[p];
        }
        return top;
    }

    /**
     * An article cut into sections ({@code <div class="media">} after {@code <div class="media">}, a table cell per
     * topic) scores one section best, and its siblings may be nested a level deeper than the best one: the siblings
     * of its parent that hold a good deal of running prose and few links are more of the article.
     */
    private static List<Integer> sectionsBesideTheParent(PageBlocks page, boolean[] furniture, int[] text, int[] links,
                                                         int[] prose, int top) {
        List<Integer> sections = new ArrayList<>();
        int[] parent = page.parent();
        int p = parent[top];
        if (p <= 0 || parent[p] <= 0) {
            return sections;
        }
        int grand = parent[p];
        for (int c = grand + 1; c <= page.end()[grand]; c = page.end()[c] + 1) {
            if (parent[c] != grand || c == p || furniture[c]) {
                continue;
            }
            double density = text[c] == 0 ? 0 : (double) links[c] / text[c];
            if (prose[c] >= Math.max(300, prose[top] / 4) && density < 0.2) {
                sections.add(c);
            }
        }
        return sections;
    }

    /** The top candidate and those of its siblings that read like more of the same article. */
    private static List<Integer> withSiblings(PageBlocks page, double[] score, boolean[] candidate, int[] text,
                                              int[] links, int[] prose, int top) {
        int p = page.parent()[top];
        if (p < 0) {
            return new ArrayList<>(List.of(top));
        }
        double threshold = Math.max(10, score[top] * 0.2);
        String topClass = page.elements().get(top).className();
        List<Integer> parts = new ArrayList<>();
        int[] parent = page.parent();
        for (int c = p + 1; c <= page.end()[p]; c = page.end()[c] + 1) {
            if (parent[c] != p) {
                continue;
            }
            if (c == top) {
                parts.add(c);
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(page.elements().get(c).className()) ? score[top] * 0.2 : 0;
            double density = text[c] == 0 ? 0 : (double) links[c] / text[c];
            if (candidate[c] && score[c] + bonus >= threshold) {
                parts.add(c);
            } else if (prose[c] >= Math.max(300, prose[top] / 4) && density < 0.2) {
                // Another section of the same story, nested too deep for its paragraphs to have scored it.
                parts.add(c);
            } else if (readsAsParagraph(page, c)) {
                boolean isP = page.elements().get(c).normalName().equals("p");
                if ((text[c] > 80 && density < 0.25) || (isP && text[c] > 0 && text[c] <= 80 && links[c] == 0
                        && endsWithPeriod(page, c))) {
                    parts.add(c);
                }
            }
        }
        return parts;
    }

    /** A {@code <p>}, or a {@code <div>} holding only text, which pages use as a paragraph. */
    private static boolean readsAsParagraph(PageBlocks page, int element) {
        String tag = page.elements().get(element).normalName();
        return tag.equals("p") || (tag.equals("div") && !page.nests()[element]);
    }

    private static boolean endsWithPeriod(PageBlocks page, int element) {
        String t = page.elements().get(element).text();
        return t.endsWith(".");
    }

    private static double initialScore(PageBlocks page, int i, boolean[] furniture, boolean useClassNames) {
        double s = switch (page.elements().get(i).normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (useClassNames) {
            ClassNameSignals.Role role = page.roles()[i];
            if (role == ClassNameSignals.Role.CONTENT) {
                s += 25;
            } else if (furniture[i]) {
                s -= 25;
            }
        }
        return s;
    }

    /**
     * Readability's paragraph score: one, plus one per comma, plus one per hundred characters up to three.
     * Lines split by {@code <br>} count as paragraphs of their own, as old pages write them that way.
     */
    private static double points(String text) {
        double points = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int length = end - start;
            if (length >= 25) {
                points += 1 + commas(text, start, end) + Math.min(length / 100, 3);
            }
            start = end + 1;
        }
        return points;
    }

    private static int commas(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\u060C' || c == '\uFE50' || c == '\uFE10' || c == '\uFE11' || c == '\u2E41'
                    || c == '\u2E34' || c == '\u2E32' || c == '\uFF0C') {
                n++;
            }
        }
        return n;
    }

    /**
     * Before the first sentence of a story, pages print dates, bylines and reading times in their own
     * blocks; short blocks there that do not end like a sentence are dropped.
     */
    private static List<TextBlock> withoutLeadingScraps(List<TextBlock> kept) {
        int first = 0;
        while (first < kept.size() && (kept.get(first).heading() || isScrap(kept.get(first)))) {
            first++;
        }
        if (first == kept.size()) {
            return kept;
        }
        List<TextBlock> result = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            if (i >= first || !isScrap(kept.get(i))) {
                result.add(kept.get(i));
            }
        }
        return result;
    }

    /**
     * After the last paragraph, pages append "More stories" headings with lists of links: a trailing run
     * of headings and linked list items is dropped.
     */
    private static List<TextBlock> withoutTrailingLinks(List<TextBlock> kept) {
        int end = kept.size();
        boolean sawLink = false;
        while (end > 0) {
            TextBlock b = kept.get(end - 1);
            boolean linkedItem = b.linkDensity() >= (b.tag().equals("li") ? 0.3 : 0.5) && b.text().length() < 200;
            if (!(linkedItem || b.heading())) {
                break;
            }
            sawLink |= linkedItem;
            end--;
        }
        return sawLink && end > 0 ? kept.subList(0, end) : kept;
    }

    /**
     * What pages print under an article to the reader rather than as its text: a call to subscribe, follow or
     * download, a copyright, licence or reprint notice, a picture credit, an advertising label.
     */
    private static final Pattern TRAILING_NOTICE = Pattern.compile(
            "(?iu)\\b(?:newsletter|subscri(?:be|ption|ber)|abonn(?:ieren|ement|ez|e)|suscr[ií]b|follow (?:us|the)|folgen sie|"
                    + "download (?:the|our)|letter to the editor|leserbrief|copyright|all rights reserved|alle rechte|"
                    + "written permission|lizenz|licen[cs]e|canal de (?:youtube|telegram|whatsapp)|werbung|anzeige)"
                    + "|^(?:titelbild|beitragsbild|headerbild|fotos?|bild(?:er)?|photos?|crédits? photos?|image credit)\\s*:|©");
    /** A notice is a line or two. */
    private static final int NOTICE_LENGTH = 300;

    /**
     * A heading, or a short line ending in a colon ("Weitere Beiträge aus der Kolumne:", "You might also like:"), with
     * nothing of the article after it introduces what the page lists next, not the article; so does a notice to the
     * reader ("Sign up for our newsletter", "© 2022 ..."): a trailing run of them is dropped.
     */
    private static List<TextBlock> withoutTrailingHeadings(List<TextBlock> kept) {
        int end = kept.size();
        while (end > 1) {
            TextBlock b = kept.get(end - 1);
            String text = b.text().strip();
            if (!(b.heading() || text.length() < 80 && text.endsWith(":")
                    || text.length() < NOTICE_LENGTH && TRAILING_NOTICE.matcher(text).find())) {
                break;
            }
            end--;
        }
        return end < kept.size() ? kept.subList(0, end) : kept;
    }

    private static boolean isScrap(TextBlock block) {
        String text = block.text().strip();
        if (block.heading()) {
            return false;
        }
        if (text.length() < 160 && TIMESTAMP_OR_ADDRESS.matcher(text).matches()) {
            return true;
        }
        if (text.length() >= 60) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        char last = text.charAt(text.length() - 1);
        return ".!?:\"”’…)".indexOf(last) < 0;
    }

    private static int containing(PageBlocks page, List<Integer> parts, int owner) {
        for (int part : parts) {
            if (page.within(owner, part)) {
                return part;
            }
        }
        return -1;
    }

    /**
     * Which elements are furniture by their class names. A furniture-named element that holds most of the page's
     * text and some content-named element is a page wrapper ({@code id="app-root"}), not furniture; so is one that
     * holds most of the page's running prose (a blog's posts in {@code class="widget Blog"}, a layout's
     * {@code content-sidebar-wrap}); comments are furniture however much prose they hold.
     */
    private static boolean[] furniture(PageBlocks page, int[] text, boolean useClassNames) {
        int n = page.elements().size();
        boolean[] furniture = new boolean[n];
        if (!useClassNames) {
            return furniture;
        }
        boolean[] holdsContent = new boolean[n];
        ClassNameSignals.Role[] roles = page.roles();
        int[] parent = page.parent();
        for (int i = n - 1; i > 0; i--) {
            if ((holdsContent[i] || roles[i] == ClassNameSignals.Role.CONTENT) && parent[i] >= 0) {
                holdsContent[parent[i]] = true;
            }
        }
        int[] prose = prose(page, furniture);
        int total = text[0];
        for (int i = 0; i < n; i++) {
            ClassNameSignals.Role role = roles[i];
            boolean named = role == ClassNameSignals.Role.FURNITURE || role == ClassNameSignals.Role.TEASER
                    || role == ClassNameSignals.Role.COMMENTS;
            boolean wrapper = holdsContent[i] && text[i] * 2 > total
                    || role != ClassNameSignals.Role.COMMENTS && prose[0] > 0 && prose[i] * 2 > prose[0];
            furniture[i] = named && !wrapper;
        }
        return furniture;
    }

    /** True when an element from {@code owner} up to (not including) {@code container} is furniture. */
    private static boolean inFurniture(PageBlocks page, boolean[] furniture, int owner, int container) {
        int[] parent = page.parent();
        for (int i = owner; i >= 0 && i != container; i = parent[i]) {
            if (furniture[i]) {
                return true;
            }
        }
        return false;
    }

    private static List<TextBlock> keep(PageBlocks page, List<Integer> parts, boolean[] furniture) {
        List<TextBlock> kept = new ArrayList<>();
        // a heading whose next blocks are a list of links dropped below introduces that list, not the article
        TextBlock heading = null;
        boolean linksAfterHeading = false;
        for (TextBlock block : page.blocks()) {
            int container = containing(page, parts, block.owner());
            if (container < 0) {
                continue;
            }
            if (inFurniture(page, furniture, block.owner(), container)) {
                continue;
            }
            String text = block.text();
            if (block.linkDensity() > 0.5 && !block.heading()) {
                linksAfterHeading |= heading != null;
                continue;
            }
            if (text.length() < 80 && FURNITURE_TEXT.matcher(text).matches()) {
                continue;
            }
            if (heading != null && linksAfterHeading && block.heading()) {
                kept.remove(heading);
            }
            heading = block.heading() ? block : null;
            linksAfterHeading = false;
            kept.add(block);
        }
        if (heading != null && linksAfterHeading) {
            kept.remove(heading);
        }
        return withoutTrailingHeadings(withoutTrailingLinks(withoutLeadingScraps(kept)));
    }
}
