package io.headwater.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.headwater.core.Span;
import io.headwater.ingest.Deadline;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.StringUtil;

/**
 * Sentences, tokens and parts of speech from Apache OpenNLP's English UD models (shipped on Maven
 * Central as jars, loaded from the classpath: nothing is fetched at run time). Sentences never cross
 * paragraphs, and a sentence break inside a quotation is undone, because a quote is one unit of
 * attribution. Thread-safe: each thread gets its own taggers over the shared models.
 */
public final class TextAnalyzer {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /** Runs of characters without white space longer than this are cut (see {@link #tokenizePos}). */
    static final int MAX_TOKEN_CHARS = 100;
    /** Sentences with more tokens are not tagged: the extractor and its training skip them. */
    static final int MAX_TAGGED_TOKENS = AttributionExtractor.MAX_SENTENCE_TOKENS;
    /** The tag of the tokens of an untagged sentence. */
    static final String UNTAGGED = "XX";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenModel;
    private final POSModel posModel;
    private final ThreadLocal<Pipeline> pipeline = ThreadLocal.withInitial(this::newPipeline);

    public TextAnalyzer() {
        this.sentenceModel = load(SENTENCE_MODEL, SentenceModel::new);
        TokenizerModel tokens = load(TOKEN_MODEL, TokenizerModel::new);
        // Words of letters and digits alone need no split decision: skipping them makes tokenising several times faster.
        this.tokenModel = new TokenizerModel(tokens.getMaxentModel(), null,
                new TokenizerFactory(tokens.getFactory().getLanguageCode(), tokens.getAbbreviations(), true, null));
        // A beam of one (greedy tagging) is three times faster than the model's default and loses little for our use.
        this.posModel = load(POS_MODEL, in -> new POSModel(new java.io.ByteArrayInputStream(withBeamSize(in.readAllBytes(), 1))));
    }

    /** The model file (a zip) with {@code BeamSize} set in its manifest. */
    private static byte[] withBeamSize(byte[] model, int beam) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(model.length);
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(model));
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] body = in.readAllBytes();
                if (e.getName().equals("manifest.properties")) {
                    java.util.Properties manifest = new java.util.Properties();
                    manifest.load(new java.io.ByteArrayInputStream(body));
                    manifest.setProperty("BeamSize", Integer.toString(beam));
                    java.io.ByteArrayOutputStream m = new java.io.ByteArrayOutputStream();
                    manifest.store(m, null);
                    body = m.toByteArray();
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(body);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private record Pipeline(SentenceDetectorME sentences, TokenizerME tokens, POSTaggerME tags) {
    }

    private Pipeline newPipeline() {
        return new Pipeline(new SentenceDetectorME(sentenceModel), new TokenizerME(tokenModel),
                new POSTaggerME(posModel, POSTagFormat.PENN));
    }

    /** Splits each paragraph of {@code text} into tagged sentences; {@code quotes} are never split. */
    public List<Sentence> sentences(String text, List<Span> paragraphs, List<Quotation> quotes) {
        return sentences(text, paragraphs, quotes, Deadline.unlimited());
    }

    /** As {@link #sentences(String, List, List)}, checking {@code deadline} once per paragraph and sentence. */
    public List<Sentence> sentences(String text, List<Span> paragraphs, List<Quotation> quotes, Deadline deadline) {
        List<Sentence> out = new ArrayList<>();
        Pipeline p = pipeline.get();
        for (int k = 0; k < paragraphs.size(); k++) {
            deadline.check();
            Span para = paragraphs.get(k);
            String paraText = withLongRunsBroken(para.in(text));
            List<Span> spans = new ArrayList<>();
            for (opennlp.tools.util.Span s : p.sentences().sentPosDetect(paraText)) {
                spans.add(new Span(para.start() + s.getStart(), para.start() + s.getEnd()));
            }
            for (Span s : joinAcrossQuotes(joinAfterAbbreviations(text, spans), quotes)) {
                deadline.check();
                out.add(new Sentence(s, k, tokens(text, s, p)));
            }
        }
        return out;
    }

    private static List<Token> tokens(String text, Span sentence, Pipeline p) {
        String s = sentence.in(text);
        // The models were trained on straight marks: curly ones (same length) would glue "He’s" into one token.
        String straight = s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
        opennlp.tools.util.Span[] pos = tokenizePos(p.tokens(), straight);
        String[] words = new String[pos.length];
        String[] plain = new String[pos.length];
        for (int i = 0; i < pos.length; i++) {
            words[i] = pos[i].getCoveredText(s).toString();
            plain[i] = pos[i].getCoveredText(straight).toString();
        }
        String[] tags;
        if (pos.length <= MAX_TAGGED_TOKENS) {
            tags = p.tags().tag(plain);
        } else {
            // The tagger's cost grows with the square of a sentence's length, and no later stage reads a sentence this long.
            tags = new String[pos.length];
            java.util.Arrays.fill(tags, UNTAGGED);
        }
        List<Token> tokens = new ArrayList<>(pos.length);
        for (int i = 0; i < pos.length; i++) {
            tokens.add(new Token(words[i], tags[i],
                    new Span(sentence.start() + pos[i].getStart(), sentence.start() + pos[i].getEnd())));
        }
        return tokens;
    }

    /**
     * The tokenizer's spans of {@code s}, except that a run of characters without white space longer than
     * {@link #MAX_TOKEN_CHARS} is cut into pieces of that length rather than read by the model, whose features
     * for one run grow with the square of its length (100 KB without a space took minutes). Text without such
     * runs is tokenised exactly as before.
     */
    static opennlp.tools.util.Span[] tokenizePos(TokenizerME tokenizer, String s) {
        if (longestRun(s) <= MAX_TOKEN_CHARS) {
            return tokenizer.tokenizePos(s);
        }
        List<opennlp.tools.util.Span> out = new ArrayList<>();
        int segment = 0;
        int i = 0;
        while (i < s.length()) {
            if (StringUtil.isWhitespace(s.charAt(i))) {
                i++;
                continue;
            }
            int run = i;
            while (i < s.length() && !StringUtil.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i - run > MAX_TOKEN_CHARS) {
                addShifted(out, tokenizer.tokenizePos(s.substring(segment, run)), segment);
                for (int at = run; at < i; at += MAX_TOKEN_CHARS) {
                    out.add(new opennlp.tools.util.Span(at, Math.min(i, at + MAX_TOKEN_CHARS)));
                }
                segment = i;
            }
        }
        addShifted(out, tokenizer.tokenizePos(s.substring(segment)), segment);
        return out.toArray(new opennlp.tools.util.Span[0]);
    }

    private static void addShifted(List<opennlp.tools.util.Span> out, opennlp.tools.util.Span[] spans, int by) {
        for (opennlp.tools.util.Span t : spans) {
            out.add(new opennlp.tools.util.Span(t.getStart() + by, t.getEnd() + by));
        }
    }

    /**
     * {@code s} with a space in place of every {@link #MAX_TOKEN_CHARS}-th character of each longer run without
     * white space: the same length, so offsets hold, for the sentence model, which reads the whole run around
     * every full stop in it. Text without such runs comes back as it is.
     */
    static String withLongRunsBroken(String s) {
        if (longestRun(s) <= MAX_TOKEN_CHARS) {
            return s;
        }
        char[] c = s.toCharArray();
        int run = 0;
        for (int i = 0; i < c.length; i++) {
            run = StringUtil.isWhitespace(c[i]) ? 0 : run + 1;
            if (run > MAX_TOKEN_CHARS) {
                c[i] = ' ';
                run = 0;
            }
        }
        return new String(c);
    }

    private static int longestRun(String s) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = StringUtil.isWhitespace(s.charAt(i)) ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** Titles and months whose period the sentence model takes for a full stop ("Sen. Ted Cruz", "Jan. 31"). */
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile(
            "(?:^|[\\s(])(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Govs|Lt|Gen|Col|Maj|Sgt|Capt|Cmdr|Adm|Prof|Rev|Hon|Pres|"
                    + "Supt|Det|Insp|Gen|Atty|Amb|Sec|St|Ft|Mt)\\.$");
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile(
            "(?:^|[\\s(])(?:Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|No)\\.$");

    /** Merges a sentence break that follows a title ("Gov.") or a month before a number ("Jan. 31"). */
    static List<Span> joinAfterAbbreviations(String text, List<Span> sentences) {
        List<Span> out = new ArrayList<>();
        for (Span s : sentences) {
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                String tail = text.substring(Math.max(last.start(), last.end() - 8), last.end());
                char next = s.length() > 0 ? text.charAt(s.start()) : ' ';
                if (ABBREVIATION.matcher(tail).find() || MONTH.matcher(tail).find() && Character.isDigit(next)) {
                    out.set(out.size() - 1, new Span(last.start(), s.end()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /** Merges neighbouring sentences when a quotation runs across the break between them. */
    static List<Span> joinAcrossQuotes(List<Span> sentences, List<Quotation> quotes) {
        List<Span> out = new ArrayList<>();
        boolean inOrder = Quotation.inTextOrder(quotes);
        for (Span s : sentences) {
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                int boundary = last.end();
                List<Quotation> near = inOrder ? Quotation.around(quotes, new Span(boundary, boundary)) : quotes;
                boolean insideQuote = near.stream()
                        .anyMatch(q -> q.outer().start() < boundary && boundary < q.outer().end() - 1);
                if (insideQuote) {
                    out.set(out.size() - 1, new Span(last.start(), s.end()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private interface ModelFactory<T> {
        T create(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelFactory<T> factory) {
        try (InputStream in = TextAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is missing from the classpath");
            }
            return factory.create(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
