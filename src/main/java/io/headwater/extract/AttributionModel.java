package io.headwater.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The learned part of attribution extraction, trained on PolNeAR's train compartment: a cue tagger
 * (which tokens mark an attribution) and a role tagger that, for one cue, marks its source and content
 * tokens in the sentence. Both are {@link PerceptronTagger}s over {@link AttributionFeatures}; the shipped
 * model is the resource {@code attribution-model.bin}, made by the {@code train-attributions} command.
 */
public final class AttributionModel {

    /** The shipped model's resource name, next to this class. */
    public static final String RESOURCE = "attribution-model.bin";
    private static final int FORMAT = 5;
    /** Format 4 is format 5 without a cue bias. */
    private static final int FORMAT_WITHOUT_BIAS = 4;
    static final List<String> CUE_LABELS = List.of("O", "B-C", "I-C");
    static final List<String> ROLE_LABELS = List.of("O", "B-S", "I-S", "B-Q", "I-Q");

    private final PerceptronTagger cues;
    private final PerceptronTagger roles;
    private final WordClasses classes;
    /** Added to the score of B-C at every token when tagging cues (chosen on held-out train, see train-attributions). */
    private final float cueBias;

    /** Codes of the tokens from an encoder (the accurate mode); {@link TokenCodes#NONE} for the default model. */
    private final TokenCodes codes;

    AttributionModel(PerceptronTagger cues, PerceptronTagger roles, WordClasses classes, float cueBias, TokenCodes codes) {
        this.cues = cues;
        this.roles = roles;
        this.classes = classes;
        this.cueBias = cueBias;
        this.codes = codes;
    }

    /** The same taggers with another cue bias: a positive bias finds more cues, at some cost in precision. */
    public AttributionModel withCueBias(float bias) {
        return new AttributionModel(cues, roles, classes, bias, codes);
    }

    /** The same taggers reading {@code tokenCodes}: a model trained with codes must be given the same ones. */
    public AttributionModel withTokenCodes(TokenCodes tokenCodes) {
        return new AttributionModel(cues, roles, classes, cueBias, tokenCodes);
    }

    /** The context the taggers read for one sentence. */
    AttributionFeatures.Context context(List<Token> tokens, List<Quotation> quotes, CueLexicon lexicon) {
        return new AttributionFeatures.Context(tokens, quotes, lexicon, classes, codes.of(tokens));
    }

    /** The bias added to the score of a cue's first token. */
    public float cueBias() {
        return cueBias;
    }

    /** The word classes the model was trained with. */
    WordClasses classes() {
        return classes;
    }

    /**
     * One attribution found in a sentence, in token indices (end exclusive).
     *
     * @param cueFrom    first cue token
     * @param cueTo      after the last cue token
     * @param sourceFrom first source token, or -1 when no source is named
     * @param sourceTo   after the last source token, or -1
     * @param contents   content stretches as {@code [from, to)} pairs, in text order
     */
    record Found(int cueFrom, int cueTo, int sourceFrom, int sourceTo, List<int[]> contents) {
    }

    /** The shipped model. */
    public static AttributionModel standard() {
        try (InputStream in = AttributionModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the attribution model " + RESOURCE + " is missing from the classpath; "
                        + "build it with: java -jar target/headwater.jar train-attributions --train ../shared/corpus/polnear/train");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attribution model", e);
        }
    }

    /** Reads a model written by {@link #write}. */
    public static AttributionModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        int format = data.readInt();
        if (format != FORMAT && format != FORMAT_WITHOUT_BIAS) {
            throw new IOException("attribution model format " + format + " is not " + FORMAT + "; retrain it");
        }
        float bias = format == FORMAT ? data.readFloat() : 0;
        WordClasses classes = WordClasses.read(data);
        return new AttributionModel(PerceptronTagger.read(data), PerceptronTagger.read(data), classes, bias, TokenCodes.NONE);
    }

    /** Writes the model, gzipped. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(zip));
        data.writeInt(FORMAT);
        data.writeFloat(cueBias);
        classes.write(data);
        cues.write(data);
        roles.write(data);
        data.flush();
        zip.finish();
    }

    /** Attributions in one prepared sentence. */
    List<Found> find(AttributionFeatures.Context c) {
        int n = c.size();
        int[] cueTags = cues.tag(AttributionFeatures.cue(c), null, cueBias == 0 ? null : new float[] {0, cueBias, 0});
        List<int[]> cueSpans = chunks(cueTags, 1, 2);
        boolean[] isCue = new boolean[n];
        for (int[] s : cueSpans) {
            for (int i = s[0]; i < s[1]; i++) {
                isCue[i] = true;
            }
        }
        List<Found> out = new ArrayList<>();
        for (int[] cue : cueSpans) {
            boolean[] other = isCue.clone();
            for (int i = cue[0]; i < cue[1]; i++) {
                other[i] = false;
            }
            int[] tags = roles.tag(AttributionFeatures.roles(c, cue[0], cue[1], other), mask(n, cue[0], cue[1]));
            List<int[]> sources = chunks(tags, 1, 2);
            List<int[]> contents = chunks(tags, 3, 4);
            if (contents.isEmpty()) {
                continue;
            }
            int[] source = null;
            for (int[] s : sources) {
                if (source == null || distance(s, cue) < distance(source, cue)) {
                    source = s;
                }
            }
            out.add(new Found(cue[0], cue[1], source == null ? -1 : source[0], source == null ? -1 : source[1], contents));
        }
        return out;
    }

    private static int distance(int[] span, int[] cue) {
        return span[1] <= cue[0] ? cue[0] - span[1] : span[0] - cue[1];
    }

    /** Cue tokens can only be O for the role tagger. */
    private static boolean[][] mask(int n, int from, int to) {
        boolean[][] m = new boolean[n][ROLE_LABELS.size()];
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < m[i].length; y++) {
                m[i][y] = i < from || i >= to || y == 0;
            }
        }
        return m;
    }

    /** Stretches {@code [from, to)} tagged {@code begin} then {@code inside}. */
    private static List<int[]> chunks(int[] tags, int begin, int inside) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= tags.length; i++) {
            int t = i < tags.length ? tags[i] : 0;
            if (start >= 0 && t != inside) {
                out.add(new int[] {start, i});
                start = -1;
            }
            if (t == begin) {
                start = i;
            }
        }
        return out;
    }

    // ---- what a trainer needs (io.headwater.eval.AttributionModelTrainer) ----

    /** A model with no taggers yet, only to build training examples with {@link #sentence}. */
    public static AttributionModel untrained(WordClasses classes, TokenCodes codes) {
        return new AttributionModel(null, null, classes, 0, codes);
    }

    /** A model of two trained taggers, without cue bias. */
    public static AttributionModel of(PerceptronTagger cues, PerceptronTagger roles, WordClasses classes, TokenCodes codes) {
        return new AttributionModel(cues, roles, classes, 0, codes);
    }

    /** The cue tagger's labels, in index order. */
    public static List<String> cueLabels() {
        return CUE_LABELS;
    }

    /** The role tagger's labels, in index order: source and content ("Q") as B-/I- pairs. */
    public static List<String> roleLabels() {
        return ROLE_LABELS;
    }

    /** What both taggers read of one sentence, for building training examples. */
    public TaggerInput sentence(List<Token> tokens, List<Quotation> quotes, CueLexicon lexicon) {
        return new TaggerInput(context(tokens, quotes, lexicon), tokens.size());
    }

    /** The features of one sentence as the taggers read them when the model runs. */
    public static final class TaggerInput {

        private final AttributionFeatures.Context context;
        private final int size;

        private TaggerInput(AttributionFeatures.Context context, int size) {
            this.context = context;
            this.size = size;
        }

        /** The cue tagger's features, one array per token. */
        public List<long[]> cueFeatures() {
            return AttributionFeatures.cue(context);
        }

        /** The role tagger's features for the cue {@code [cueFrom, cueTo)}; {@code otherCue} marks the other cues' tokens. */
        public List<long[]> roleFeatures(int cueFrom, int cueTo, boolean[] otherCue) {
            return AttributionFeatures.roles(context, cueFrom, cueTo, otherCue);
        }

        /** The labels the role tagger may give each token for that cue (its own tokens only O). */
        public boolean[][] roleMask(int cueFrom, int cueTo) {
            return mask(size, cueFrom, cueTo);
        }
    }
}
