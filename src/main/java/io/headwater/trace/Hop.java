package io.headwater.trace;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One step of a provenance chain.
 *
 * @param label    Report, Agency, Source or Outlet (an inferred agency story shows as its Agency); Article for an
 *                 article this one took text from (text reuse with a known direction)
 * @param key      the node's key (a story key for agency hops; the outlet key for the last hop)
 * @param name     display name
 * @param type     the entity type ("agency", "person", "report")
 * @param inferred true when the node was inferred rather than seen (an agency story nobody has ingested)
 * @param evidence how the next hop downstream took from this one: sentence, offsets, cue, confidence,
 *                 extractor; null on the last hop
 * @param cites    what this hop itself cites (a report's "member state"), empty when nothing
 */
public record Hop(String label, String key, String name, @Nullable String type, boolean inferred, Map<String, Object> evidence,
                  List<Citation> cites) {

    public Hop {
        cites = cites == null ? List.of() : List.copyOf(cites);
    }
}
