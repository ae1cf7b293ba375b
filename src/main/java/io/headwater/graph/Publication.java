package io.headwater.graph;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.headwater.ingest.ContentHash;
import io.headwater.resolve.ResolvedArticle;

/**
 * One publication of a text: an {@code Article} node's outlet, address and date. The same text published by
 * two outlets is two publications, two {@code Article} nodes with the same {@code contentHash}; reading the
 * same text again with nothing that tells it apart is the publication already in the graph.
 *
 * @param id          the article id
 * @param contentHash the hash of its text, which all publications of the text share
 * @param outlet      the outlet's name as the text or the caller gave it
 * @param outletKey   the key of the outlet the article is {@code PUBLISHED_BY} (from the name, else from the
 *                    address's host)
 * @param url         the page address
 * @param published   ISO-8601 date or date-time
 */
public record Publication(String id, String contentHash, @Nullable String outlet, @Nullable String outletKey, @Nullable String url, @Nullable String published) {

    /** The prefix of outlet keys the resolver makes for outlets outside the gazetteer (from a name or a host). */
    private static final String AD_HOC_OUTLET = "outlet:";

    /** The publication a resolved article describes. */
    public static Publication of(ResolvedArticle r) {
        return new Publication(r.article().id(), r.article().contentHash(), r.article().outlet(), r.outlet() == null ? null : r.outlet().key(),
                r.article().url(), r.article().published());
    }

    /**
     * True when the two are told apart by what identifies a publication: their addresses differ, or both
     * name an outlet for sure and the outlets differ. Dates never do (a publication may be re-dated), nor
     * an outlet guessed from an unknown host against a named one.
     */
    public boolean differsFrom(Publication other) {
        String a = normalisedUrl(url);
        String b = normalisedUrl(other.url);
        if (a != null && b != null) {
            return !a.equals(b);
        }
        return firmOutlet() && other.firmOutlet() && !outletKey.equals(other.outletKey);
    }

    /** True when nothing could tell the two apart: the same address, or without addresses the same outlet. */
    public boolean indistinguishableFrom(Publication other) {
        String a = normalisedUrl(url);
        String b = normalisedUrl(other.url);
        if (a != null || b != null) {
            return Objects.equals(a, b);
        }
        return Objects.equals(outletKey, other.outletKey);
    }

    /**
     * The publication among {@code existing} (same text, in ingestion order) that this reading is: the one
     * at the same address, else one of the same outlet, else the first nothing tells apart; empty when
     * every one differs, and this is a new publication of the text.
     */
    public Optional<Publication> sameAsOneOf(List<Publication> existing) {
        String here = normalisedUrl(url);
        for (Publication e : existing) {
            if (here != null && here.equals(normalisedUrl(e.url))) {
                return Optional.of(e);
            }
        }
        Optional<Publication> sameOutlet = existing.stream()
                .filter(e -> !differsFrom(e) && firmOutlet() && e.firmOutlet() && outletKey.equals(e.outletKey)).findFirst();
        return sameOutlet.or(() -> existing.stream().filter(e -> !differsFrom(e)).findFirst());
    }

    /**
     * The id this publication gets beside the text's {@code existing} ones: the text's own id when no article
     * holds it, else one derived from the text and what tells this publication apart (its address, else its
     * outlet), so that reading it again finds it.
     */
    public String newId(List<Publication> existing) {
        String first = ContentHash.articleId(contentHash);
        if (existing.stream().noneMatch(e -> e.id.equals(first))) {
            return first;
        }
        String apart = normalisedUrl(url) != null ? normalisedUrl(url) : String.valueOf(outletKey);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((contentHash + "\n" + apart).getBytes(StandardCharsets.UTF_8));
            return "a-" + HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** An outlet this publication names for sure: given by name, or a gazetteer outlet found from the host. */
    private boolean firmOutlet() {
        return outletKey != null && (outlet != null || !outletKey.startsWith(AD_HOC_OUTLET));
    }

    /**
     * An address as it identifies a page: scheme and host in lower case, without {@code www.}, default
     * port, fragment or trailing slash; null when there is none or it is not an absolute address.
     */
    static String normalisedUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(url.strip());
            if (u.getHost() == null || u.getScheme() == null) {
                return null;
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT);
            String host = u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            int port = u.getPort();
            boolean defaultPort = port == -1 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
            String path = u.getRawPath() == null ? "" : u.getRawPath().replaceFirst("/+$", "");
            String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
            // http and https name the same page
            return host + (defaultPort ? "" : ":" + port) + path + query;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
