package io.headwater.extract;

import org.jspecify.annotations.Nullable;

import io.headwater.core.Span;

/**
 * A credit line: who supplied a picture, or which agency the text came from.
 *
 * @param kind       what is credited
 * @param name       the credited party as printed ("Reuters", "KCNA"); absent for "agencies" left unnamed
 * @param evidence   the caption or line the credit was read from
 * @param span       where the line lies in the article text; absent for captions (kept outside the text)
 * @param cue        the words that mark the credit ("Photograph:", "With inputs from", "provided by")
 * @param confidence 0 to 1
 */
public record Credit(Kind kind, @Nullable String name, String evidence, @Nullable Span span, String cue, double confidence) {

    /** What a credit is for. */
    public enum Kind {
        /** A picture's credit: says nothing about who wrote the text. */
        PHOTO,
        /** The text draws on agency copy ("With inputs from agencies", "AFP contributed to this report"). */
        AGENCY_INPUT,
        /** An agency dateline ("SEOUL (Reuters) -"): the text is that agency's story. */
        DATELINE,
        /** A hat tip ("h/t The Hill"): another outlet pointed the author to the story. */
        HAT_TIP,
        /**
         * The body says whose reporting the story is without a credit line: "a report seen by Reuters", "AP reports",
         * "did not reply to Reuters' requests for comment". The text is that agency's reporting, relayed.
         */
        REPORTED_BY
    }

    /** True for credits that say where the words came from (not pictures). */
    public boolean isTextProvenance() {
        return kind != Kind.PHOTO;
    }
}
