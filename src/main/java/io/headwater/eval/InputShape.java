package io.headwater.eval;

import java.util.Random;

/**
 * Shapes of input, of any size, whose cost the size benchmark measures: ordinary news prose and the odd
 * shapes careless users and attackers send (no spaces, one endless sentence, unclosed quotes, words of
 * thousands of letters, deep HTML), of a given size in bytes.
 */
public enum InputShape {

    /** News prose in paragraphs: the ordinary case. */
    PROSE("text/plain") {
        @Override
        String build(int chars, Random rnd) {
            return new NewsLikeText(rnd).text(chars);
        }
    },
    /** The same prose with no line breaks: one paragraph. */
    PROSE_ONE_PARAGRAPH("text/plain") {
        @Override
        String build(int chars, Random rnd) {
            return new NewsLikeText(rnd).text(chars).replace("\n\n", "  ");
        }
    },
    /** Letters only: one word as long as the text. */
    NO_SPACES("text/plain") {
        @Override
        String build(int chars, Random rnd) {
            StringBuilder b = new StringBuilder(chars);
            while (b.length() < chars) {
                b.append((char) ('a' + rnd.nextInt(26)));
            }
            return b.toString();
        }
    },
    /** Letters, full stops, commas and quote marks, and never a space. */
    NO_SPACES_PUNCTUATED("text/plain") {
        @Override
        String build(int chars, Random rnd) {
            String marks = ".,\"'-;?!";
            StringBuilder b = new StringBuilder(chars);
            while (b.length() < chars) {
                b.append(rnd.nextInt(6) == 0 ? marks.charAt(rnd.nextInt(marks.length())) : (char) ('a' + rnd.nextInt(26)));
            }
            return b.toString();
        }
    },
    /** Words and spaces with no full stop and no line break: one sentence as long as the text. */
    NO_FULL_STOPS("text/plain") {
        @Override
        String build(int chars, Random rnd) {
            return new NewsLikeText(rnd).text(chars).replaceAll("[.!?\\n]", " ");
        }
    },
    /** Prose with a quotation opened and never closed in every sentence. */
    UNCLOSED_QUOTES("text/plain") {
        @Override
        String build(int chars, Random rnd) {
            return new NewsLikeText(rnd).text(chars).replace(", ", " \u201c").replace(",\"", " \"");
        }
    },
    /** Capitalised words only, with a reporting verb now and then: everything looks like a name. */
    CAPITALISED_WORDS("text/plain") {
        @Override
        String build(int chars, Random rnd) {
            StringBuilder b = new StringBuilder(chars);
            String[] words = "Harbour Board Minister Port Union Council Bridge North West River Mr. Dr. Ms.".split(" ");
            while (b.length() < chars) {
                b.append(words[rnd.nextInt(words.length)]).append(rnd.nextInt(12) == 0 ? " said " : " ");
            }
            return NewsLikeText.cut(b, chars);
        }
    },
    /** Sentences of words thousands of letters long. */
    LONG_WORDS("text/plain") {
        @Override
        String build(int chars, Random rnd) {
            StringBuilder b = new StringBuilder(chars);
            while (b.length() < chars) {
                int n = 1000 + rnd.nextInt(20_000);
                b.append(Character.toUpperCase((char) ('a' + rnd.nextInt(26))));
                for (int i = 1; i < n; i++) {
                    b.append((char) ('a' + rnd.nextInt(26)));
                }
                b.append(rnd.nextInt(3) == 0 ? " said. " : " ");
            }
            return NewsLikeText.cut(b, chars);
        }
    },
    /** The prose as a web page, one {@code <p>} per paragraph. */
    HTML_PROSE("text/html") {
        @Override
        String build(int chars, Random rnd) {
            String head = "<!doctype html><html><head><title>Harbour news</title></head><body><article><h1>Harbour news</h1>";
            String tail = "</article></body></html>";
            String body = new NewsLikeText(rnd).text(Math.max(0, chars - head.length() - tail.length()) * 9 / 10);
            StringBuilder b = new StringBuilder(head);
            for (String p : body.split("\n\n")) {
                b.append("<p>").append(p).append("</p>\n");
            }
            while (b.length() + tail.length() < chars) {
                b.append(' ');
            }
            return NewsLikeText.cut(b.append(tail), chars);
        }
    },
    /** A web page of {@code <div>}s nested as deep as the size allows, a sentence in each. */
    HTML_NESTED("text/html") {
        @Override
        String build(int chars, Random rnd) {
            NewsLikeText prose = new NewsLikeText(rnd);
            StringBuilder open = new StringBuilder("<!doctype html><html><body>");
            int depth = 0;
            while (open.length() * 2 < chars) {
                open.append("<div>").append(prose.sentence());
                depth++;
            }
            StringBuilder b = new StringBuilder(open);
            for (int i = 0; i < depth && b.length() + 6 <= chars; i++) {
                b.append("</div>");
            }
            while (b.length() < chars) {
                b.append(' ');
            }
            return NewsLikeText.cut(b, chars);
        }
    };

    private final String mediaType;

    InputShape(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type a document of this shape is sent as. */
    public String mediaType() {
        return mediaType;
    }

    /** The shape's name on the command line and in tables ("no-spaces"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The shape named {@code label} ("no-spaces" or "NO_SPACES"). */
    public static InputShape of(String label) {
        return valueOf(label.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    /** {@code bytes} bytes of this shape in UTF-8 (a few fewer where a character takes more than one), the same for the same seed. */
    public String text(int bytes, long seed) {
        String text = build(bytes, new Random(seed));
        // Curly quotation marks take three bytes: cut back so that the document stays within the size asked for.
        for (int over = utf8Length(text) - bytes; over > 0; over = utf8Length(text) - bytes) {
            text = text.substring(0, text.length() - (over + 2) / 3);
        }
        return text;
    }

    private static int utf8Length(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    abstract String build(int chars, Random rnd);
}
