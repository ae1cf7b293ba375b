package io.headwater.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a web page into an {@link Article}: the main body (paragraphs in order, subheadings marked,
 * navigation, related links, comments, ads and captions left out), image captions with their credits,
 * and headline, byline, date, outlet, canonical address and language, from what the page declares
 * first and its markup second.
 */
public final class HtmlArticleReader implements ArticleReader {

    /** Below this many characters a body is suspect: the class-name rules may have cut the article away. */
    private static final int SHORT_BODY = 400;

    /** Headings for screen readers that name a part of the page, not the article: "Hauptinhalt", "Main content". */
    private static final java.util.regex.Pattern LANDMARK_HEADING = java.util.regex.Pattern.compile(
            "(?iu)(?:main content|content|hauptinhalt|inhalt|seiteninhalt|contenu principal|contenido principal|"
                    + "conteúdo principal|navigation|navigation menu|menu|menü|search|suche|breadcrumb|sie sind hier)[:.]?");

    private final HtmlCharsetDecoder decoder;

    /** A reader that decodes pages with {@code decoder} (and so with its size limit). */
    public HtmlArticleReader(HtmlCharsetDecoder decoder) {
        this.decoder = decoder;
    }

    /** A reader with the default page size limit. */
    public HtmlArticleReader() {
        this(new HtmlCharsetDecoder());
    }

    /** How many of the main text's last blocks may hold its signature. */
    private static final int SIGNATURE_BLOCKS = 3;
    /** How long the paragraph over a signature amid the main text is at least: prose, not a list or a caption. */
    private static final int PROSE_ABOVE_SIGNATURE = 200;
    /** How many blocks right after the main text may hold the signature it left out. */
    private static final int SIGNATURE_BLOCKS_AFTER = 2;

    /** The largest page this reader accepts, in bytes. */
    public long maxBytes() {
        return decoder.maxBytes();
    }

    @Override
    public Article read(RawDocument document, ArticleMetadata given) {
        return readPage(document, given).article();
    }

    /**
     * Reads {@code document} into its article and its page metadata; {@code given} fills what the page
     * does not say.
     *
     * @throws InvalidArticleException when the input is not an HTML page or holds no article text
     */
    public HtmlPage readPage(RawDocument document, ArticleMetadata given) {
        Charset charset = decoder.charsetOf(document);
        String origin = document.origin() == null ? "the page" : document.origin();
        Document page = parse(document, charset);
        PageScan scan = PageScan.of(page);
        JsonLdArticleReader.Declared declared = JsonLdArticleReader.read(scan.jsonLd);
        PageMetadata metadata = PageMetadataReader.read(scan, declared, document.url());

        PageBlocks blocks = new TextBlockCollector().collect(page.body() == null ? page : page.body());
        List<TextBlock> body = chooseBody(blocks, declared);
        metadata = withHeadlineAboveTheText(metadata, scan, body);
        metadata = withSignature(metadata, scan.title, blocks, body);
        body = LeadFinder.withLead(blocks, body, metadata.headline());
        ArticleTextBuilder text = assemble(body, metadata.headline());
        String declaredBody = declared.articleBody();
        // Script-built pages ship a teaser in the markup and the whole story in their declaration.
        if (declaredBody != null && declaredBody.length() >= SHORT_BODY && text.text().length() * 2 < declaredBody.length()) {
            text = new ArticleTextBuilder();
            for (String paragraph : declaredBody.split("\\n\\s*\\n|\\r?\\n")) {
                String clean = JsonLdArticleReader.clean(paragraph);
                if (clean != null) {
                    text.add(clean, Paragraph.Kind.TEXT);
                }
            }
        }
        if (text.isEmpty()) {
            throw new InvalidArticleException(origin + " has no article text that could be told from page furniture");
        }
        String bodyText = text.text();
        String hash = ContentHash.of(bodyText);
        ArticleMetadata found = new ArticleMetadata(metadata.publisher(), metadata.url(), metadata.published())
                .orElse(given);
        Article article = new Article(ContentHash.articleId(hash), hash, metadata.headline(), metadata.byline(),
                found.outlet(), DatelineFinder.find(bodyText).orElse(null), found.published(), found.url(),
                metadata.language(), bodyText, text.paragraphs(), List.of(), blocks.captions(), origin);
        return new HtmlPage(article, metadata);
    }

    /**
     * Small sites print their headline in an {@code <h2>} right above the text while every title they declare is the
     * site's name: when no visible headline was found, the heading that opens the main text is the headline.
     */
    private static PageMetadata withHeadlineAboveTheText(PageMetadata m, PageScan scan, List<TextBlock> body) {
        if (body.isEmpty() || !body.get(0).heading() || HeadlineChooser.isPrinted(scan, m.headline())) {
            return m;
        }
        String heading = body.get(0).text().strip();
        if (heading.isEmpty() || heading.length() > 200 || heading.indexOf('\n') >= 0
                || LANDMARK_HEADING.matcher(heading).matches()) {
            return m;
        }
        return new PageMetadata(heading, m.authors(), m.byline(), m.published(), m.modified(), m.publisher(), m.url(),
                m.language(), m.description());
    }

    /**
     * A page that credits no one above its text, or only its own outlet, often signs it at the end ("Text: Jane Doe",
     * "Quelle: kathpress").
     */
    private static PageMetadata withSignature(PageMetadata m, String title, PageBlocks blocks, List<TextBlock> body) {
        PageMetadataReader.Outlet outlet = PageMetadataReader.Outlet.of(m, title);
        // "Redaktion" is the page's credit when it names no one; a signature names someone
        boolean newsroomOnly = m.authors().size() == 1 && BylineReader.newsroom(m.authors().get(0)) != null;
        if (!m.authors().isEmpty() && !newsroomOnly && !m.authors().stream().allMatch(outlet::names) || body.isEmpty()) {
            return m;
        }
        List<String> last = new ArrayList<>(body.subList(Math.max(0, body.size() - SIGNATURE_BLOCKS), body.size()).stream()
                .map(TextBlock::text).toList());
        // the signature the main text left out, in the short lines right under its last paragraph ("Quelle: kathpress")
        List<TextBlock> all = blocks.blocks();
        int after = all.indexOf(body.get(body.size() - 1)) + 1;
        for (int i = after; after > 0 && i < Math.min(all.size(), after + SIGNATURE_BLOCKS_AFTER); i++) {
            if (!all.get(i).heading()) {
                last.add(all.get(i).text());
            }
        }
        List<String> names = BylineReader.signature(last);
        if (names.isEmpty()) {
            names = signedInItalics(blocks, body, after);
        }
        if (names.isEmpty() && (m.authors().isEmpty() || newsroomOnly)) {
            // "... hieß es. (FR mit dpa)": agency copy credited in parentheses closing the last paragraph
            // (a notice to the reader may stand under it: "*fr.de ist Teil des ...")
            for (int i = body.size() - 1; i >= Math.max(0, body.size() - SIGNATURE_BLOCKS) && names.isEmpty(); i--) {
                String credit = BylineReader.closingCredit(body.get(i).text());
                names = credit == null ? List.of() : List.of(credit);
            }
        }
        if (names.isEmpty() && m.authors().isEmpty()) {
            // "Hamburg (dpa/lno) – ...": agency copy credits its agency in the dateline and nowhere else
            for (int i = 0; i < Math.min(body.size(), SIGNATURE_BLOCKS) && names.isEmpty(); i++) {
                names = DatelineFinder.credit(body.get(i).text().strip()).map(List::of).orElse(List.of());
            }
        }
        if (names.isEmpty()) {
            return m;
        }
        return new PageMetadata(m.headline(), names, m.byline() == null ? "By " + String.join(" and ", names) : m.byline(),
                m.published(), m.modified(), m.publisher(), m.url(), m.language(), m.description());
    }

    /** A name in italics closing one of the main text's last blocks or the first block after it ("<p><i>Denis Roe</i></p>"). */
    private static List<String> signedInItalics(PageBlocks blocks, List<TextBlock> body, int after) {
        List<TextBlock> candidates = new ArrayList<>(body.subList(Math.max(0, body.size() - SIGNATURE_BLOCKS), body.size()));
        if (after > 0 && after < blocks.blocks().size()) {
            candidates.add(blocks.blocks().get(after));
        }
        for (int i = candidates.size() - 1; i >= 0; i--) {
            TextBlock block = candidates.get(i);
            String name = block.heading() ? null : BylineReader.signedInItalics(blocks.elements().get(block.owner()));
            if (name != null) {
                return List.of(name);
            }
        }
        // a page whose main text runs on past the signature (a news ticker, footnotes, a second story): a paragraph
        // that is nothing but a name in italics, under a paragraph of prose
        for (int i = 1; i < body.size() - SIGNATURE_BLOCKS; i++) {
            TextBlock block = body.get(i);
            String name = block.heading() || body.get(i - 1).text().length() < PROSE_ABOVE_SIGNATURE ? null
                    : BylineReader.signedInItalics(blocks.elements().get(block.owner()));
            if (name != null && name.equals(block.text().strip())) {
                return List.of(name);
            }
            // "Euer Hans" over the comments the selection kept
            String signedOff = block.heading() ? null : BylineReader.signedOff(block.text());
            if (signedOff != null) {
                return List.of(signedOff);
            }
        }
        return List.of();
    }

    private static Document parse(RawDocument document, Charset charset) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(document.bytes()), charset.name(),
                    document.url() == null ? "" : document.url());
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory cannot fail", e);
        }
    }

    private static List<TextBlock> chooseBody(PageBlocks blocks, JsonLdArticleReader.Declared declared) {
        MainContentSelector selector = new MainContentSelector();
        List<TextBlock> first = selector.select(blocks, true);
        int length = length(first);
        int expected = declared.articleBody() == null ? SHORT_BODY : Math.min(SHORT_BODY, declared.articleBody().length() / 2);
        if (length >= expected) {
            return first;
        }
        List<TextBlock> second = selector.select(blocks, false);
        return length(second) > length * 2 ? second : first;
    }

    private static int length(List<TextBlock> blocks) {
        int n = 0;
        for (TextBlock b : blocks) {
            n += b.text().length();
        }
        return n;
    }

    private static ArticleTextBuilder assemble(List<TextBlock> blocks, String headline) {
        ArticleTextBuilder text = new ArticleTextBuilder();
        String headlineKey = headline == null ? null : key(headline);
        boolean headlineSeen = false;
        for (TextBlock block : blocks) {
            if (block.heading() && !headlineSeen && headlineKey != null && key(block.text()).equals(headlineKey)) {
                headlineSeen = true;
                continue;
            }
            // An <h1> before the first paragraph is the headline in another wording (the declared one differs).
            if (text.isEmpty() && block.tag().equals("h1")) {
                continue;
            }
            for (String line : block.text().split("\n")) {
                String paragraph = line.strip();
                if (!paragraph.isEmpty()) {
                    text.add(paragraph, block.heading() ? Paragraph.Kind.HEADING : Paragraph.Kind.TEXT);
                }
            }
        }
        return text;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
