package io.headwater.trace;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What claim search found: where the claim comes from, where it first appeared, and a page of the articles
 * that carry it, earliest first.
 *
 * @param claim          the claim as searched (surrounding white space removed)
 * @param words          its words
 * @param primarySources where the carriers' chains end, the source most carriers lead to first, each with the
 *                       stops between (an agency's story, often inferred) and how many carriers lead there
 * @param earliest       the earliest dated carrier (the first undated one when none is dated); absent when none
 * @param items          this page of carriers: by publication date, undated last
 * @param page           page number, from 0
 * @param size           page size
 * @param totalElements  carriers on all pages
 * @param totalPages     number of pages
 * @param truncated      true when more articles shared words with the claim than search aligns (the carriers are
 *                       then those sharing the most)
 */
public record ClaimMatches(String claim, int words, List<PrimarySource> primarySources, @Nullable ClaimCarrier earliest,
                           List<ClaimCarrier> items, int page, int size, long totalElements, int totalPages,
                           boolean truncated) {

    public ClaimMatches {
        primarySources = List.copyOf(primarySources);
        items = List.copyOf(items);
    }

    /**
     * A node the carriers' chains end at.
     *
     * @param key      its key (an article id when the chain ends at an article)
     * @param label    Report, Source, Agency or Article
     * @param name     display name
     * @param type     entity type ("report", "person", "anonymous")
     * @param inferred true when Headwater inferred it rather than saw it
     * @param carriers how many carriers lead to it
     * @param through  the distinct stops between it and the carriers (an agency's story shows as its Agency),
     *                 nearest the source first
     */
    public record PrimarySource(String key, String label, String name, @Nullable String type, boolean inferred, int carriers,
                                List<Hop> through) {

        public PrimarySource {
            through = List.copyOf(through);
        }
    }
}
