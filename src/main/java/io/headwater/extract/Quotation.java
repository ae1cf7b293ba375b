package io.headwater.extract;

import java.util.ArrayList;
import java.util.List;

import io.headwater.core.Span;

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
     * paragraphs. Single quotes are ignored: they are mostly apostrophes; two apostrophes together (or two
     * backticks opening) are a double mark, as archive and older wire text print them.
     */
    public static List<Quotation> find(String text, List<Span> paragraphs) {
        List<Quotation> out = new ArrayList<>();
        for (Span para : paragraphs) {
            int open = -1;
            int openWidth = 1;
            for (int i = para.start(); i < para.end(); i++) {
                char c = text.charAt(i);
                // Two apostrophes (or two backticks) stand for a double mark in older wire and archive text: ''So terrible''
                boolean doubled = i + 1 < para.end() && (c == '\'' && text.charAt(i + 1) == '\'' || c == '`' && text.charAt(i + 1) == '`');
                int width = doubled ? 2 : 1;
                boolean opener = c == '“' || c == '«' || c == '„' || doubled && c == '`';
                boolean closer = c == '”' || c == '»';
                boolean straight = c == '"' || doubled && c == '\'';
                if (open < 0 && (opener || (straight && opensHere(text, i, para)))) {
                    open = i;
                    openWidth = width;
                    i += width - 1;
                } else if (open >= 0 && (closer || straight)) {
                    if (i > open + openWidth) {
                        out.add(new Quotation(new Span(open, i + width), new Span(open + openWidth, i)));
                    }
                    open = -1;
                    i += width - 1;
                }
            }
            if (open >= 0 && para.end() > open + openWidth) {
                out.add(new Quotation(new Span(open, para.end()), new Span(open + openWidth, para.end())));
            }
        }
        return out;
    }

    /**
     * The quotations of {@code quotes} that overlap or touch {@code span}, by binary search: {@code quotes} must be
     * in text order ({@link #inTextOrder}), as {@link #find} gives them. Reading each sentence with every quotation
     * of the text made long texts quadratic.
     */
    static List<Quotation> around(List<Quotation> quotes, Span span) {
        int from = 0;
        int to = quotes.size();
        while (from < to) {
            int mid = (from + to) >>> 1;
            if (quotes.get(mid).outer().end() < span.start() - 1) {
                from = mid + 1;
            } else {
                to = mid;
            }
        }
        int end = from;
        while (end < quotes.size() && quotes.get(end).outer().start() <= span.end() + 1) {
            end++;
        }
        return quotes.subList(from, end);
    }

    /** True when each quotation starts at or after the end of the one before. */
    static boolean inTextOrder(List<Quotation> quotes) {
        for (int i = 1; i < quotes.size(); i++) {
            if (quotes.get(i).outer().start() < quotes.get(i - 1).outer().end()) {
                return false;
            }
        }
        return true;
    }

    private static boolean opensHere(String text, int i, Span para) {
        if (i == para.start()) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || Character.isSpaceChar(before) || "([{—–-:,".indexOf(before) >= 0;
    }
}
