package io.headwater.extract;

import java.util.ArrayList;
import java.util.List;

import io.headwater.ingest.Span;

/**
 * A stretch of text between quotation marks.
 *
 * @param outer the span including the marks (or up to the paragraph end when the closing mark is missing)
 * @param inner the quoted words without the marks
 */
public record Quotation(Span outer, Span inner) {

    /**
     * Finds quotations in each paragraph. Straight and curly marks may be mixed (pages do); an opening
     * mark never closed runs to the end of its paragraph, as news style does for quotes spanning
     * paragraphs. Single quotes are ignored: they are mostly apostrophes.
     */
    public static List<Quotation> find(String text, List<Span> paragraphs) {
        List<Quotation> out = new ArrayList<>();
        for (Span para : paragraphs) {
            int open = -1;
            for (int i = para.start(); i < para.end(); i++) {
                char c = text.charAt(i);
                boolean opener = c == '“' || c == '«' || c == '„';
                boolean closer = c == '”' || c == '»';
                boolean straight = c == '"';
                if (open < 0 && (opener || (straight && opensHere(text, i, para)))) {
                    open = i;
                } else if (open >= 0 && (closer || straight)) {
                    if (i > open + 1) {
                        out.add(new Quotation(new Span(open, i + 1), new Span(open + 1, i)));
                    }
                    open = -1;
                }
            }
            if (open >= 0 && para.end() > open + 1) {
                out.add(new Quotation(new Span(open, para.end()), new Span(open + 1, para.end())));
            }
        }
        return out;
    }

    private static boolean opensHere(String text, int i, Span para) {
        if (i == para.start()) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || "([{—–-:,".indexOf(before) >= 0;
    }
}
