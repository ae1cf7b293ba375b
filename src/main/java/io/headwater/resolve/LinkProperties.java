package io.headwater.resolve;

import org.jspecify.annotations.Nullable;

/**
 * What a provenance link says beyond its ends and evidence. Each value is absent unless the resolver set it; the
 * graph writer writes only the values present, as the edge's properties of the same names.
 *
 * @param prov       the PROV term the link stands for ("prov:wasDerivedFrom")
 * @param mention    the source as the article names it
 * @param via        the relay the words came through, as named or as known
 * @param relayNamed whether the article's own sentence names the relay
 * @param wire       true when the relay is the agency whose story the whole text is
 * @param credit     the credit line that confirms the link
 * @param kind       what a credit is for ("photo")
 * @param support    how many attributions of the article rest on the link (1 unless the link was found again)
 */
public record LinkProperties(@Nullable String prov, @Nullable String mention, @Nullable String via,
                             @Nullable Boolean relayNamed, @Nullable Boolean wire, @Nullable String credit,
                             @Nullable String kind, int support) {

    /** A link that says nothing more. */
    public static final LinkProperties NONE = new LinkProperties(null, null, null, null, null, null, null, 1);

    /** A link standing for the PROV term {@code prov:term}. */
    public static LinkProperties prov(String term) {
        return NONE.withProv("prov:" + term);
    }

    /** A link through a relay, {@code named} or only known. */
    public static LinkProperties via(String relay, boolean named) {
        return new LinkProperties(null, null, relay, named, null, null, null, 1);
    }

    /** These values, with those {@code other} has overriding them (its support too, when it has been found again). */
    public LinkProperties with(LinkProperties other) {
        return new LinkProperties(other.prov != null ? other.prov : prov, other.mention != null ? other.mention : mention,
                other.via != null ? other.via : via, other.relayNamed != null ? other.relayNamed : relayNamed,
                other.wire != null ? other.wire : wire, other.credit != null ? other.credit : credit,
                other.kind != null ? other.kind : kind, other.support != 1 ? other.support : support);
    }

    /** With the PROV value as it is written. */
    public LinkProperties withProv(String value) {
        return new LinkProperties(value, mention, via, relayNamed, wire, credit, kind, support);
    }

    /** With the source as named; {@code null} leaves the mention as it is. */
    public LinkProperties withMention(@Nullable String named) {
        return named == null ? this : new LinkProperties(prov, named, via, relayNamed, wire, credit, kind, support);
    }

    /** With whether the sentence names the relay. */
    public LinkProperties withRelayNamed(boolean named) {
        return new LinkProperties(prov, mention, via, named, wire, credit, kind, support);
    }

    /** Marked as a link through the agency whose story the whole text is. */
    public LinkProperties withWire() {
        return new LinkProperties(prov, mention, via, relayNamed, true, credit, kind, support);
    }

    /** With the credit line that confirms the link. */
    public LinkProperties withCredit(String line) {
        return new LinkProperties(prov, mention, via, relayNamed, wire, line, kind, support);
    }

    /** With what a credit is for. */
    public LinkProperties withKind(String what) {
        return new LinkProperties(prov, mention, via, relayNamed, wire, credit, what, support);
    }

    /** With the number of attributions resting on the link. */
    public LinkProperties withSupport(int attributions) {
        return new LinkProperties(prov, mention, via, relayNamed, wire, credit, kind, attributions);
    }
}
