package io.headwater.core;

/**
 * A half-open range {@code [start, end)} of character offsets into an article's text.
 *
 * @param start first character, inclusive
 * @param end   last character, exclusive
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The characters this span covers in {@code text}. */
    public String in(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** Number of characters covered. */
    public int length() {
        return end - start;
    }

    /** True when {@code other} lies wholly inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** True when the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The same span shifted right by {@code offset} characters. */
    public Span shift(int offset) {
        return new Span(start + offset, end + offset);
    }

    /** This span with leading and trailing white space and the given extra characters removed. */
    public Span trim(CharSequence text, String extra) {
        int s = start;
        int e = end;
        while (s < e && (Character.isWhitespace(text.charAt(s)) || extra.indexOf(text.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || extra.indexOf(text.charAt(e - 1)) >= 0)) {
            e--;
        }
        return new Span(s, e);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
