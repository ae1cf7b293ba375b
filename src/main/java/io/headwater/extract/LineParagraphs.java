package io.headwater.extract;

import java.util.ArrayList;
import java.util.List;

import io.headwater.core.Span;

/** Paragraphs of a raw text file taken as its non-blank lines, so that offsets stay those of the file. */
public final class LineParagraphs {

    private LineParagraphs() {
    }

    /** The non-blank lines of {@code text}, without their surrounding white space. */
    public static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            Span line = new Span(start, end).trim(text, "");
            if (line.length() > 0) {
                out.add(line);
            }
            start = end + 1;
        }
        return out;
    }
}
