package io.headwater.resolve;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A canonical entity: one node in the graph however many ways articles name it.
 *
 * @param key     stable identifier, unique across the graph ("yonhap", "person:joe-biden")
 * @param name    display name
 * @param type    what it is
 * @param qid     Wikidata identifier
 * @param aliases other names it goes by
 * @param partOf  key of the entity it belongs to (a committee of a council)
 * @param domains web domains it publishes on
 */
public record Entity(String key, String name, EntityType type, @Nullable String qid, List<String> aliases, @Nullable String partOf,
                     List<String> domains) {

    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        domains = domains == null ? List.of() : List.copyOf(domains);
    }

    /** An entity that is not in the gazetteer. */
    public static Entity adHoc(String key, String name, EntityType type) {
        return new Entity(key, name, type, null, List.of(), null, List.of());
    }
}
