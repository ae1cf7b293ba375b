package io.headwater.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a page body once, without recursion (pages nest thousands deep), and cuts it into
 * {@link TextBlock}s at block-level elements. Scripts, forms, navigation, hidden elements and the like
 * are skipped whole; figures and caption-classed elements become {@link Caption}s instead of text.
 */
final class TextBlockCollector {

    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
            "button", "input", "select", "textarea", "option", "nav", "aside", "footer", "head", "link", "meta",
            "picture", "video", "audio", "source", "dialog", "menu", "label", "img", "map", "area", "frameset");
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt",
            "fieldset", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption",
            "html", "figure", "figcaption", "legend", "output");

    private final ClassNameSignals signals = new ClassNameSignals();

    /** Cuts the subtree of {@code root} into blocks. */
    PageBlocks collect(Element root) {
        Walk walk = new Walk();
        NodeTraversor.filter(walk, root);
        walk.flush();
        int n = walk.elements.size();
        return new PageBlocks(walk.elements, Arrays.copyOf(walk.parent, n), Arrays.copyOf(walk.end, n),
                walk.roles.toArray(new ClassNameSignals.Role[0]), Arrays.copyOf(walk.nests, n), walk.blocks, walk.captions);
    }

    private final class Walk implements NodeFilter {
        final List<Element> elements = new ArrayList<>();
        final List<ClassNameSignals.Role> roles = new ArrayList<>();
        int[] parent = new int[256];
        int[] end = new int[256];
        boolean[] nests = new boolean[256];
        final List<TextBlock> blocks = new ArrayList<>();
        final List<Caption> captions = new ArrayList<>();

        private int[] open = new int[64];
        private int depth;
        private int[] blockOwners = new int[64];
        private int blockDepth;
        private int linkDepth;
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private boolean pendingSpace;

        @Override
        public FilterResult head(Node node, int ignored) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = e.normalName();
            if (SKIPPED.contains(tag) || isHidden(e)) {
                if (tag.equals("img") || tag.equals("picture")) {
                    pendingSpace = true;
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            ClassNameSignals.Role role = tag.equals("body") || tag.equals("html") ? ClassNameSignals.Role.NEUTRAL
                    : signals.roleOf(e);
            if (tag.equals("figure") || tag.equals("figcaption") || role == ClassNameSignals.Role.CAPTION) {
                addCaption(e);
                pendingSpace = true;
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
                lineBreak();
                return FilterResult.CONTINUE;
            }
            int index = elements.size();
            elements.add(e);
            roles.add(role);
            if (index == parent.length) {
                parent = Arrays.copyOf(parent, index * 2);
                end = Arrays.copyOf(end, index * 2);
                nests = Arrays.copyOf(nests, index * 2);
            }
            parent[index] = depth == 0 ? -1 : open[depth - 1];
            end[index] = index;
            if (depth == open.length) {
                open = Arrays.copyOf(open, depth * 2);
            }
            open[depth++] = index;
            if (BLOCKS.contains(tag)) {
                flush();
                if (blockDepth > 0) {
                    nests[blockOwners[blockDepth - 1]] = true;
                }
                if (blockDepth == blockOwners.length) {
                    blockOwners = Arrays.copyOf(blockOwners, blockDepth * 2);
                }
                blockOwners[blockDepth++] = index;
            } else if (tag.equals("a") && e.hasAttr("href")) {
                linkDepth++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int ignored) {
            if (!(node instanceof Element e) || e.normalName().equals("br")) {
                return FilterResult.CONTINUE;
            }
            int index = open[--depth];
            end[index] = elements.size() - 1;
            String tag = e.normalName();
            if (BLOCKS.contains(tag)) {
                flush();
                blockDepth--;
            } else if (tag.equals("a") && e.hasAttr("href")) {
                linkDepth--;
            }
            return FilterResult.CONTINUE;
        }

        private void append(String raw) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                    pendingSpace = true;
                    continue;
                }
                if (c == '\u200B' || c == '\uFEFF' || c == '\u00AD') {
                    continue;
                }
                if (pendingSpace && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                    text.append(' ');
                    linkChars += linkDepth > 0 ? 1 : 0;
                }
                pendingSpace = false;
                text.append(c);
                if (linkDepth > 0) {
                    linkChars++;
                }
            }
        }

        private void lineBreak() {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
            pendingSpace = false;
        }

        void flush() {
            int len = text.length();
            while (len > 0 && text.charAt(len - 1) == '\n') {
                len--;
            }
            if (len > 0 && blockDepth > 0) {
                int owner = blockOwners[blockDepth - 1];
                String tag = elements.get(owner).normalName();
                boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
                blocks.add(new TextBlock(text.substring(0, len), owner, tag, Math.min(linkChars, len), heading));
            }
            text.setLength(0);
            linkChars = 0;
            pendingSpace = false;
        }

        private void addCaption(Element e) {
            Element captionElement = e.normalName().equals("figure") ? e.selectFirst("figcaption, [class~=(?i)caption]") : e;
            if (captionElement == null) {
                return;
            }
            Element creditElement = captionElement.selectFirst(
                    "[class~=(?i)(credit|copyright|attribution|photographer|source)]");
            String all = captionElement.text().strip();
            if (creditElement == null && e != captionElement) {
                creditElement = e.selectFirst("[class~=(?i)(credit|copyright|attribution|photographer)]");
            }
            if (all.isEmpty() && creditElement == null) {
                return;
            }
            if (creditElement != null && creditElement != captionElement) {
                String credit = creditElement.text().strip();
                String rest = all.replace(credit, "").strip();
                captions.add(new Caption(null, rest.isEmpty() ? null : rest, credit.isEmpty() ? null : credit));
            } else if (!all.isEmpty()) {
                captions.add(CaptionParser.parse(null, all));
            }
        }
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
