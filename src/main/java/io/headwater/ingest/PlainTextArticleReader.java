package io.headwater.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article copied from a web page as plain text: the headline first, then byline, date line and
 * captions in the header, then the body. Page furniture ("ugc_banner", "main img", "• Updated") is
 * dropped; summary bullets and image captions are kept, but apart from the body, so that attribution
 * offsets only ever point at the story itself.
 */
public final class PlainTextArticleReader implements ArticleReader {

    private final TextDecoder decoder;

    public PlainTextArticleReader(TextDecoder decoder) {
        this.decoder = decoder;
    }

    public PlainTextArticleReader() {
        this(new TextDecoder());
    }

    @Override
    public Article read(RawDocument document, ArticleMetadata given) {
        String text = decoder.decode(document.bytes(), document.origin());
        ArticleMetadata hints = document.url() == null ? given : given.orElse(new ArticleMetadata(null, document.url(), null));
        return read(text, hints, document.origin());
    }


    /** Whole lines that are page widgets, not text: dropped. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)^(?:ugc_banner|main img|main image|[•·*]?\\s*updated|advertisement|advertisment|ad|"
                    + "story highlights|highlights|key points|share|share this article|share this story|"
                    + "listen to this article|read more|also read|comments|print|email|"
                    + "skip to (?:main )?content|follow us|subscribe)$");
    private static final Pattern HIGHLIGHTS_MARKER = Pattern.compile("(?i)^(?:story highlights|highlights|key points)$");
    private static final Pattern IMAGE_MARKER = Pattern.compile("(?i)^(?:main img|main image)$");

    private static final Pattern BYLINE_DESK = Pattern.compile(
            "^(?:(?i:by)\\s+)?(?<org>\\p{Lu}[\\p{L}\\p{N}&.' -]{0,40}?)\\s+(?i:web team|web desk|news desk|digital desk|desk|"
                    + "staff|staff reporter|staff writer|bureau|news service|online|team|news network)$");
    /**
     * Reads {@code raw} (already decoded text). {@code given} supplies what the text does not say;
     * {@code origin} names the input in messages.
     *
     * @throws InvalidArticleException when no article text remains after the furniture is removed
     */
    public Article read(String raw, ArticleMetadata given, String origin) {
        List<String> lines = normalise(raw).lines().map(String::strip).toList();
        Header header = new Header();
        lines = withoutDateStamp(lines, header);
        int i = readHeader(lines, header);
        Body body = readBody(lines, i, blankSeparated(lines));
        if (body.text.isEmpty()) {
            throw new InvalidArticleException((origin == null ? "the input" : origin)
                    + " has no article text (only a headline or page furniture)");
        }
        String text = body.text.text();
        if (header.dateline == null) {
            header.dateline = DatelineFinder.find(text).orElse(null);
        }
        ArticleMetadata found = new ArticleMetadata(header.outlet, null, header.published).orElse(given);
        String hash = ContentHash.of(text);
        return new Article(ContentHash.articleId(hash), hash, header.headline, header.byline, found.outlet(),
                header.dateline, found.published(), found.url(), null, text, body.text.paragraphs(), header.highlights,
                merge(header.captions, body.captions), origin);
    }

    private static final class Header {
        String headline;
        String byline;
        String outlet;
        String dateline;
        String published;
        final List<String> highlights = new ArrayList<>();
        final List<Caption> captions = new ArrayList<>();
    }

    private static final class Body {
        final ArticleTextBuilder text = new ArticleTextBuilder();
        final List<Caption> captions = new ArrayList<>();

        void add(String paragraph, Paragraph.Kind kind) {
            text.add(paragraph, kind);
        }
    }

    /** Reads headline, byline, dates, highlights and header captions; returns the first body line. */
    private int readHeader(List<String> lines, Header h) {
        boolean expectCaption = false;
        boolean inHighlights = false;
        int i = 0;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                if (inHighlights && !h.highlights.isEmpty()) {
                    inHighlights = false;
                }
                continue;
            }
            if (FURNITURE.matcher(line).matches()) {
                inHighlights |= HIGHLIGHTS_MARKER.matcher(line).matches();
                expectCaption |= IMAGE_MARKER.matcher(line).matches();
                continue;
            }
            if (inHighlights) {
                h.highlights.add(line);
                continue;
            }
            if (expectCaption) {
                h.captions.add(CaptionParser.parse(null, line));
                expectCaption = false;
                continue;
            }
            if (h.headline == null) {
                if (!decideHeadline(line, h)) {
                    return i;
                }
                continue;
            }
            if (h.byline == null && h.published == null && isByline(line)) {
                h.byline = line;
                Matcher desk = BYLINE_DESK.matcher(line);
                if (desk.matches()) {
                    h.outlet = desk.group("org").strip();
                }
                continue;
            }
            if (h.published == null && readDateLine(line, h)) {
                continue;
            }
            if (CaptionParser.hasCreditLabel(line) && line.length() < 200) {
                h.captions.add(CaptionParser.parse(null, line));
                continue;
            }
            return i;
        }
        return i;
    }

    /**
     * Whether the first line of text is the headline (it is then taken), page furniture above it (skipped), or
     * already the story (false: the body starts here).
     */
    private static boolean decideHeadline(String line, Header h) {
        String crumb = OpeningLines.breadcrumbHeadline(line);
        if (crumb != null) {
            h.headline = crumb;
            return true;
        }
        if (OpeningLines.isFurnitureAbove(line)) {
            return true;
        }
        if (line.split("\\s+").length <= 6 && PublicationDateParser.parse(line).isPresent()) {
            // "World Print 2024-11-20", "Jan 2 2009": a date line above the headline
            if (h.published == null) {
                readDateLine(line, h);
            }
            return true;
        }
        if (!OpeningLines.isHeadline(line)) {
            return false;
        }
        h.headline = line;
        return true;
    }

    /** The lines with a web archive's date stamp taken off the first one; the stamp gives the date. */
    private static List<String> withoutDateStamp(List<String> lines, Header h) {
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).isEmpty()) {
                continue;
            }
            OpeningLines.Stamped stamped = OpeningLines.dateStamp(lines.get(k));
            if (stamped == null) {
                return lines;
            }
            h.published = PublicationDateParser.parse(stamped.date()).orElse(null);
            List<String> out = new ArrayList<>(lines);
            out.set(k, stamped.rest());
            return out;
        }
        return lines;
    }

    private static boolean readDateLine(String line, Header h) {
        Optional<HeaderLines.DateLine> date = HeaderLines.dateLine(line);
        date.ifPresent(d -> {
            h.published = d.published();
            h.dateline = d.place() != null ? d.place() : h.dateline;
        });
        return date.isPresent();
    }

    /** Reads the body from line {@code from}: paragraphs, subheadings and caption blocks. */
    private Body readBody(List<String> lines, int from, boolean blankSeparated) {
        Body body = new Body();
        List<String> block = new ArrayList<>();
        for (int i = from; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            String cut = ArticleEnd.cutShort(line);
            if (cut != null || ArticleEnd.followsTheStory(line)) {
                // the rest of the page is teasers and furniture
                if (cut != null && !cut.isEmpty()) {
                    block.add(cut);
                }
                addBlock(block, blankSeparated, body);
                return body;
            }
            if (!line.isEmpty()) {
                if (!FURNITURE.matcher(line).matches()) {
                    block.add(line);
                }
                continue;
            }
            addBlock(block, blankSeparated, body);
            block.clear();
        }
        return body;
    }

    private void addBlock(List<String> block, boolean blankSeparated, Body body) {
        if (block.isEmpty()) {
            return;
        }
        if (blankSeparated && block.size() == 2 && isTitleLike(block.get(0))) {
            Caption caption = CaptionParser.parse(block.get(0), block.get(1));
            if (caption.credit() != null) {
                body.captions.add(caption);
                return;
            }
        }
        if (block.stream().allMatch(l -> PhotoCreditLine.credit(l) != null)) {
            // "… in Vienna, Austria May 23, 2021. REUTERS/Leonhard Foeger": captions, however long
            for (String line : block) {
                body.captions.add(PhotoCreditLine.caption(line));
            }
            return;
        }
        if (block.size() == 1 && CaptionParser.hasCreditLabel(block.get(0)) && block.get(0).length() < 150
                && !block.get(0).startsWith("\"") && !block.get(0).startsWith("“")) {
            body.captions.add(CaptionParser.parse(null, block.get(0)));
            return;
        }
        if (blankSeparated && block.size() > 1 && looksHardWrapped(block)) {
            body.add(String.join(" ", block), Paragraph.Kind.TEXT);
            return;
        }
        for (String line : block) {
            body.add(line, isTitleLike(line) ? Paragraph.Kind.HEADING : Paragraph.Kind.TEXT);
        }
    }

    private static boolean looksHardWrapped(List<String> block) {
        for (int k = 0; k < block.size() - 1; k++) {
            if (endsSentence(block.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isByline(String line) {
        if (line.length() > 120 || endsSentence(line)) {
            return false;
        }
        return HeaderLines.isByline(line) || BYLINE_DESK.matcher(line).matches();
    }

    /** A short line with no closing punctuation, starting with a capital: a title, subheading or caption title. */
    static boolean isTitleLike(String line) {
        if (line.isEmpty() || !Character.isUpperCase(line.codePointAt(0)) || endsSentence(line)) {
            return false;
        }
        return line.split("\\s+").length <= 16;
    }

    private static boolean endsSentence(String line) {
        return line.matches("(?s).*[.!?:;\"”’)…]$");
    }

    private static boolean blankSeparated(List<String> lines) {
        long blank = lines.stream().filter(String::isEmpty).count();
        return blank * 3 >= lines.size() - blank;
    }

    private static List<Caption> merge(List<Caption> a, List<Caption> b) {
        List<Caption> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Unifies line ends and invisible characters that copy-paste from pages leaves behind. */
    static String normalise(String raw) {
        return raw.replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ')
                .replace("\u200B", "").replace("\u200C", "").replace("\u200D", "").replace("\uFEFF", "")
                .replace('\u2028', '\n').replace('\u2029', '\n');
    }
}
