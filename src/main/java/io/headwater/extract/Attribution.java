package io.headwater.extract;

import org.jspecify.annotations.Nullable;

import io.headwater.core.Span;

/**
 * One attribution found in an article: who (source) is said (cue) to have said what (content).
 * Spans point into the article text. A nested attribution (a quote inside a quote) is a separate
 * attribution whose content lies inside the outer one's content.
 *
 * @param source     the source mention ("the confidential report by the UN experts"); absent when none is named
 * @param cue        the words that mark the attribution ("said", "according to", "quoted"); absent for a
 *                   quote carried over from the previous speaker
 * @param content    what is attributed: a quotation's words or the reported clause
 * @param kind       how the content is given
 * @param relay      who passed the content on ("a report by Yonhap News Agency" in "X quoted Y")
 * @param sentence   the sentence that holds the attribution
 * @param confidence how sure the rule that found it is, 0 to 1
 */
public record Attribution(@Nullable Span source, @Nullable Span cue, Span content, Kind kind, @Nullable Span relay, Span sentence,
                          double confidence) {

    /** How the attributed content is given. */
    public enum Kind {
        /** The content is a quotation in quotation marks. */
        DIRECT,
        /** Reported speech without quotation marks. */
        INDIRECT,
        /** Reported speech that contains a partial quotation. */
        MIXED,
        /** A quotation standing alone, continuing the previous speaker. */
        CONTINUED
    }

    /** The source's words. */
    public @Nullable String sourceText(String text) {
        return source == null ? null : source.in(text);
    }

    /** The cue's words. */
    public @Nullable String cueText(String text) {
        return cue == null ? null : cue.in(text);
    }

    /** The attributed words. */
    public String contentText(String text) {
        return content.in(text);
    }

    /** The relay's words. */
    public @Nullable String relayText(String text) {
        return relay == null ? null : relay.in(text);
    }

    /** True when {@code inner} is nested inside this attribution's content. */
    public boolean encloses(Attribution inner) {
        return this != inner && content.contains(inner.content) && !content.equals(inner.content);
    }
}
