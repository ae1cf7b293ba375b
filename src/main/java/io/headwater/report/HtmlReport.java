package io.headwater.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.headwater.core.Relation;
import io.headwater.trace.ArticleSummary;
import io.headwater.trace.Citation;
import io.headwater.trace.CreditView;
import io.headwater.trace.DerivedArticle;
import io.headwater.trace.Hop;
import io.headwater.trace.OutletName;
import io.headwater.trace.Provenance;
import io.headwater.trace.QuoteVariantView;
import io.headwater.trace.QuoteView;
import io.headwater.trace.ReuseView;
import io.headwater.trace.SourceLineage;

/**
 * Renders provenance as one self-contained HTML page: styles inline, the diagram as inline SVG, nothing
 * fetched from the network, so the file can be mailed or archived as it is.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#222}
            h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
            table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border:1px solid #ddd;padding:.35rem .5rem;vertical-align:top;text-align:left}
            th{background:#f5f5f5}.meta td:first-child{width:10rem;color:#555}blockquote{margin:.3rem 0 .8rem 1rem;color:#444;border-left:3px solid #ccc;padding-left:.6rem}
            .diagram{overflow-x:auto;border:1px solid #eee;padding:.5rem;background:#fcfcfc}.muted{color:#777}.chain{margin:.3rem 0}
            .pill{display:inline-block;border-radius:.8rem;padding:0 .5rem;font-size:.8rem;background:#eee;margin-left:.3rem}
            """;

    /** The page for an article's provenance. */
    public String render(Provenance p) {
        ArticleSummary a = p.article();
        StringBuilder h = page("Provenance: " + (a.headline() == null ? a.id() : a.headline()));
        h.append("<table class=\"meta\">");
        meta(h, "Article id", a.id());
        meta(h, "Outlet", MarkdownReport.outlet(a));
        meta(h, "Byline", a.byline());
        meta(h, "Dateline", a.dateline());
        meta(h, "Published", a.published());
        meta(h, "URL", a.url());
        meta(h, "Read from", a.origin());
        h.append("</table>\n<h2>Chains to primary sources</h2>\n");
        if (p.chains().isEmpty()) {
            h.append("<p>No attributed source was found: the article's claims are unattributed.</p>\n");
        } else {
            h.append("<div class=\"diagram\">").append(SvgDiagram.of(p.chains())).append("</div>\n");
            chains(h, p.chains());
            evidence(h, p.chains());
        }
        h.append("<h2>Attributed content</h2>\n");
        quotes(h, p.quotes());
        otherPublications(h, p.otherPublications());
        h.append("<h2>Reuse</h2>\n");
        reuse(h, p.reuse());
        h.append("<h2>Quote wording</h2>\n");
        quoteWording(h, p.quoteVariants());
        h.append("<h2>Picture credits</h2>\n<p class=\"muted\">Credits say where a picture came from, not the text.</p>\n");
        credits(h, p.credits());
        return end(h);
    }

    /** The page for everything derived from a source. */
    public String render(SourceLineage s) {
        StringBuilder h = page("Descendants of " + s.source().name());
        h.append("<table class=\"meta\">");
        meta(h, "Key", s.source().key());
        meta(h, "Kind", s.source().label() + (s.source().type() == null ? "" : " (" + s.source().type() + ")"));
        meta(h, "Wikidata", s.source().qid());
        meta(h, "Articles downstream", String.valueOf(s.descendants().stream().map(DerivedArticle::articleId).distinct().count()));
        h.append("</table>\n");
        if (!s.cites().isEmpty()) {
            h.append("<h2>What it cites</h2>\n<ul>");
            for (Citation c : s.cites()) {
                h.append("<li>").append(Html.escape(c.relation().name().toLowerCase().replace('_', ' '))).append(" <b>")
                        .append(Html.escape(c.name())).append("</b>");
                if (c.sentence() != null) {
                    h.append("<blockquote>").append(Html.escape(c.sentence()));
                    if (c.fromArticle() != null) {
                        h.append("<div class=\"muted\">as printed in ").append(otherArticle(c.fromArticle())).append("</div>");
                    }
                    h.append("</blockquote>");
                }
                h.append("</li>");
            }
            h.append("</ul>\n");
        }
        h.append("<h2>Who carried it, through whom</h2>\n");
        List<List<Hop>> paths = s.descendants().stream().map(DerivedArticle::path).toList();
        if (paths.isEmpty()) {
            h.append("<p>No article derives from this source yet.</p>\n");
        } else {
            h.append("<div class=\"diagram\">").append(SvgDiagram.of(paths)).append("</div>\n");
        }
        h.append("<h2>Timeline</h2>\n<table><tr><th>Published</th><th>Outlet</th><th>Article</th><th>Through</th></tr>\n");
        for (DerivedArticle d : s.descendants()) {
            h.append("<tr><td>").append(Html.escape(d.published() == null ? "undated" : d.published())).append("</td><td>")
                    .append(Html.escape(OutletName.of(d.outlet(), d.url()))).append("</td><td>");
            if (d.url() != null && webAddress(d.url())) {
                h.append("<a href=\"").append(Html.escape(d.url())).append("\">").append(Html.escape(d.headline())).append("</a>");
            } else {
                h.append(Html.escape(d.headline()));
            }
            h.append(" <span class=\"muted\">").append(Html.escape(d.articleId())).append("</span></td><td>")
                    .append(Html.escape(String.join(" → ", d.path().stream().map(x -> String.valueOf(x.name())).toList())))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
        return end(h);
    }

    private static StringBuilder page(String title) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(title)).append("</title>\n<style>").append(STYLE).append("</style></head><body>\n<h1>")
                .append(Html.escape(title)).append("</h1>\n");
        return h;
    }

    private static String end(StringBuilder h) {
        h.append("<p class=\"muted\">Made by Headwater from its provenance graph.</p>\n</body></html>\n");
        return h.toString();
    }

    private static void meta(StringBuilder h, String k, String v) {
        if (v != null && !v.isBlank()) {
            h.append("<tr><td>").append(Html.escape(k)).append("</td><td>").append(Html.escape(v)).append("</td></tr>");
        }
    }

    private static void chains(StringBuilder h, List<List<Hop>> chains) {
        h.append("<ol>\n");
        for (List<Hop> chain : chains) {
            h.append("<li class=\"chain\">");
            for (int i = 0; i < chain.size(); i++) {
                Hop hop = chain.get(i);
                if (i > 0) {
                    h.append(" → ");
                }
                h.append("<b>").append(Html.escape(hop.name() == null ? "(unknown)" : hop.name())).append("</b><span class=\"pill\">")
                        .append(Html.escape(hop.label())).append(hop.inferred() ? ", inferred story" : "").append("</span>");
            }
            h.append("</li>\n");
        }
        h.append("</ol>\n");
    }

    private static void evidence(StringBuilder h, List<List<Hop>> chains) {
        h.append("<h2>Evidence for each link</h2>\n<ul>\n");
        Set<String> seen = new LinkedHashSet<>();
        for (List<Hop> chain : chains) {
            for (int i = 0; i + 1 < chain.size(); i++) {
                Hop up = chain.get(i);
                Hop down = chain.get(i + 1);
                if (up.evidence() == null || !seen.add(up.key() + ">" + down.key() + ">" + down.name())) {
                    continue;
                }
                Map<String, Object> ev = up.evidence();
                h.append("<li><b>").append(Html.escape(String.valueOf(down.name()))).append("</b> took from <b>")
                        .append(Html.escape(String.valueOf(up.name()))).append("</b> <span class=\"muted\">(")
                        .append(Html.escape(LinkLabel.described(ev))).append(", confidence ")
                        .append(ev.get("confidence") instanceof Number n ? String.format("%.2f", n.doubleValue()) : "?")
                        .append(ev.get("start") instanceof Number s && s.intValue() >= 0 ? ", chars " + s + "–" + ev.get("end") : "")
                        .append(ev.get("extractor") == null ? "" : ", " + Html.escape(String.valueOf(ev.get("extractor"))))
                        .append(")</span>");
                if (ev.get("fromArticle") instanceof Map<?, ?> other) {
                    h.append("<div class=\"muted\">as printed in another article: ").append(otherArticle(other)).append("</div>");
                }
                if (ev.get("sentence") != null) {
                    h.append("<blockquote>").append(Html.escape(String.valueOf(ev.get("sentence")))).append("</blockquote>");
                }
                if (ev.get("credit") != null) {
                    h.append("<blockquote>credit line: ").append(Html.escape(String.valueOf(ev.get("credit")))).append("</blockquote>");
                }
                if (ev.get("reuseWith") instanceof List<?> partners && !partners.isEmpty()) {
                    h.append("<blockquote>also shared passages with ").append(Html.escape(String.join(", ",
                            partners.stream().map(String::valueOf).toList()))).append(" (same upstream)</blockquote>");
                }
                h.append("</li>\n");
            }
        }
        h.append("</ul>\n");
    }

    /** Another article named for a reader: outlet, headline (linked to its address) and id. */
    private static String otherArticle(Map<?, ?> a) {
        StringBuilder b = new StringBuilder();
        if (a.get("outlet") != null) {
            b.append("<b>").append(Html.escape(String.valueOf(a.get("outlet")))).append("</b>, ");
        }
        String title = "“" + Html.escape(String.valueOf(a.get("headline") == null ? a.get("id") : a.get("headline"))) + "”";
        if (a.get("url") != null && webAddress(String.valueOf(a.get("url")))) {
            b.append("<a href=\"").append(Html.escape(String.valueOf(a.get("url")))).append("\">").append(title).append("</a>");
        } else {
            b.append(title);
        }
        return b.append(" <span class=\"muted\">").append(Html.escape(String.valueOf(a.get("id")))).append("</span>").toString();
    }

    /** Only http(s) addresses become links: an article's address is read from its page, and could be javascript:. */
    private static boolean webAddress(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://");
    }

    private static void quotes(StringBuilder h, List<QuoteView> quotes) {
        if (quotes.isEmpty()) {
            h.append("<p>None found.</p>\n");
            return;
        }
        h.append("<table><tr><th>#</th><th>Content</th><th>Source</th><th>Via</th><th>Cue</th><th>Confidence</th></tr>\n");
        int n = 1;
        for (QuoteView q : quotes) {
            h.append("<tr><td>").append(n++).append("</td><td>").append(Html.escape(q.text()))
                    .append(q.nestedIn() == null ? "" : " <i>(nested)</i>").append("</td><td>")
                    .append(q.source() == null ? "<i>unattributed</i>" : Html.escape(q.source())).append("</td><td>")
                    .append(Html.escape(q.via())).append("</td><td>").append(Html.escape(q.cue())).append("</td><td>")
                    .append(q.confidence() == null ? "" : String.format("%.2f", q.confidence())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void otherPublications(StringBuilder h, List<ArticleSummary> others) {
        if (others.isEmpty()) {
            return;
        }
        h.append("<h2>Same text, other publications</h2>\n<p>This text word for word was also published as:</p>\n<ul>");
        for (ArticleSummary o : others) {
            Map<String, Object> a = new java.util.HashMap<>();
            a.put("id", o.id());
            a.put("headline", o.headline());
            a.put("outlet", OutletName.of(o));
            a.put("url", o.url());
            h.append("<li>").append(otherArticle(a)).append(o.published() == null ? "" : " " + Html.escape(o.published())).append("</li>");
        }
        h.append("</ul>\n");
    }

    private static void reuse(StringBuilder h, List<ReuseView> pairs) {
        if (pairs.isEmpty()) {
            h.append("<p>No passage shared with another article.</p>\n");
            return;
        }
        for (ReuseView r : pairs) {
            h.append("<h3>").append(Html.escape(OutletName.of(r.otherOutlet(), null))).append(" — ")
                    .append(Html.escape(r.otherHeadline())).append(" <span class=\"muted\">").append(Html.escape(r.otherId()))
                    .append("</span></h3>\n<p><b>").append(Html.escape(r.reuseClass())).append("</b><span class=\"pill\">")
                    .append(Html.escape(r.direction())).append("</span> ").append(Html.escape(r.meaning()))
                    .append(String.format(". Shared: %.0f%% here, %.0f%% there; score %d.", 100 * r.shared(), 100 * r.otherShared(), r.score()))
                    .append("</p>\n<table><tr><th>This article</th><th>The other</th></tr>\n");
            for (ReuseView.PassageView v : r.passages()) {
                h.append("<tr><td>").append(Html.escape(v.text())).append(" <span class=\"muted\">(chars ").append(v.start()).append('–')
                        .append(v.end()).append(v.quoted() > 0.5 ? ", quoted" : "").append(")</span></td><td>")
                        .append(Html.escape(v.otherText())).append(" <span class=\"muted\">(chars ").append(v.otherStart()).append('–')
                        .append(v.otherEnd()).append(")</span></td></tr>\n");
            }
            h.append("</table>\n");
        }
    }

    private static void quoteWording(StringBuilder h, List<QuoteVariantView> variants) {
        if (variants.isEmpty()) {
            h.append("<p>No quote of this article is worded differently elsewhere.</p>\n");
            return;
        }
        h.append("<table><tr><th>This article</th><th>Elsewhere</th><th>Outlet</th><th>Difference (earlier → later)</th></tr>\n");
        for (QuoteVariantView v : variants) {
            h.append("<tr><td>").append(Html.escape(v.wording())).append("</td><td>").append(Html.escape(v.otherWording()))
                    .append("</td><td>").append(Html.escape(OutletName.of(v.otherOutlet(), null))).append("</td><td>").append(Html.escape(v.diff()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void credits(StringBuilder h, List<CreditView> credits) {
        if (credits.isEmpty()) {
            h.append("<p>None found.</p>\n");
            return;
        }
        h.append("<ul>");
        for (CreditView c : credits) {
            h.append("<li><b>").append(Html.escape(c.name())).append("</b>");
            if (c.caption() != null) {
                h.append(" — “").append(Html.escape(c.caption())).append("”");
            }
            h.append("</li>");
        }
        h.append("</ul>\n");
    }
}
