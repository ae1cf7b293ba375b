package io.headwater.resolve;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.headwater.extract.Credit;

/**
 * The agency whose story an article's whole text is, as its credits say: a dateline first ("WASHINGTON (AP) —"),
 * then credit lines, sign-offs and input lines ("–IANS", "(Yonhap)", "Reporting by …"), then what the body says
 * ("a report seen by Reuters"). The article's own outlet is never its own relay: "UNITED NATIONS (Reuters) -" on
 * Reuters' page is Reuters' own newsroom.
 */
final class WireRelay {

    private WireRelay() {
    }

    /** The wire agency of an article with these credits and this outlet (null when unknown). */
    static @Nullable Entity of(List<Credit> credits, Entity outlet, Gazetteer gazetteer) {
        for (Credit.Kind kind : List.of(Credit.Kind.DATELINE, Credit.Kind.AGENCY_INPUT, Credit.Kind.REPORTED_BY)) {
            for (Credit c : credits) {
                if (c.kind() != kind || c.name() == null) {
                    continue;
                }
                Entity e = credited(c.name(), EntityType.AGENCY, gazetteer);
                if (e.type().isPublisher() && !isOwn(e, outlet)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The entity a credit names: a gazetteer entry, else one known only by the credit, of type {@code fallback}. */
    static Entity credited(String name, EntityType fallback, Gazetteer gazetteer) {
        return gazetteer.lookup(name)
                .or(() -> gazetteer.find(name).filter(f -> f.words() * 2 >= Gazetteer.normalise(name).split(" ").length)
                        .map(Gazetteer.Found::entity))
                .orElse(Entity.adHoc("credit:" + ArticleResolver.slug(name), name, fallback));
    }

    /** True when {@code e} is the article's own outlet under any of its names. */
    static boolean isOwn(Entity e, Entity outlet) {
        if (outlet == null) {
            return false;
        }
        if (e.key().equals(outlet.key())) {
            return true;
        }
        String name = Gazetteer.normalise(e.name());
        if (name.equals(Gazetteer.normalise(outlet.name()))
                || name.equals(Gazetteer.normalise(outlet.name().replaceFirst("(?i)\\.[a-z]{2,12}$", "")))) {
            // a site named by its address ("Example.az") names itself in its text without the top-level domain
            return true;
        }
        return outlet.aliases().stream().anyMatch(a -> Gazetteer.normalise(a).equals(name))
                || e.aliases().stream().anyMatch(a -> Gazetteer.normalise(a).equals(Gazetteer.normalise(outlet.name())));
    }
}
