package io.headwater.trace;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A canonical entity as the graph holds it.
 *
 * @param key     its key
 * @param label   Report, Agency, Outlet, Source or Story
 * @param name    display name
 * @param type    entity type ("agency", "person", "body")
 * @param qid     Wikidata id
 * @param aliases other names
 */
public record EntitySummary(String key, String label, String name, String type, @Nullable String qid, List<String> aliases) {

    public EntitySummary {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
