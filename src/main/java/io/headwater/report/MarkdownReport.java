package io.headwater.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * Renders an article's provenance as Markdown: the chains as a Mermaid diagram, then every link with
 * the sentence it was read from, the attributed contents, and picture credits apart from the text's
 * provenance.
 */
public final class MarkdownReport {

    /** The report for {@code p}. */
    public String render(Provenance p) {
        StringBuilder md = new StringBuilder();
        ArticleSummary a = p.article();
        md.append("# Provenance: ").append(escape(a.headline() == null ? a.id() : a.headline())).append("\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "Article id", "`" + a.id() + "`");
        row(md, "Outlet", outlet(a));
        row(md, "Byline", a.byline());
        row(md, "Dateline", a.dateline());
        row(md, "Published", a.published());
        row(md, "URL", a.url());
        row(md, "Read from", a.origin());
        md.append('\n');

        md.append("## Chains to primary sources\n\n");
        if (p.chains().isEmpty()) {
            md.append("No attributed source was found: the article's claims are unattributed.\n\n");
        } else {
            md.append("```mermaid\n").append(MermaidDiagram.of(p.chains())).append("```\n\n");
            int n = 1;
            for (List<Hop> chain : p.chains()) {
                md.append(n++).append(". ");
                for (int i = 0; i < chain.size(); i++) {
                    if (i > 0) {
                        md.append(" → ");
                    }
                    Hop h = chain.get(i);
                    md.append("**").append(escape(String.valueOf(h.name()))).append("** (").append(h.label());
                    if (h.inferred()) {
                        md.append(", inferred story");
                    }
                    md.append(')');
                }
                md.append("\n");
            }
            md.append('\n');
            md.append("### Evidence for each link\n\n");
            Map<String, String> seen = new LinkedHashMap<>();
            for (List<Hop> chain : p.chains()) {
                for (int i = 0; i + 1 < chain.size(); i++) {
                    Hop up = chain.get(i);
                    Hop down = chain.get(i + 1);
                    String key = up.key() + ">" + down.key() + ">" + down.name();
                    if (up.evidence() == null || seen.containsKey(key)) {
                        continue;
                    }
                    seen.put(key, key);
                    Map<String, Object> ev = up.evidence();
                    md.append("- **").append(escape(String.valueOf(down.name()))).append("** ← **")
                            .append(escape(String.valueOf(up.name()))).append("**");
                    appendEvidence(md, ev);
                }
            }
            md.append('\n');
            appendCitations(md, p.chains());
        }

        md.append("## Attributed content\n\n");
        if (p.quotes().isEmpty()) {
            md.append("None found.\n\n");
        } else {
            md.append("| # | Content | Source | Via | Cue | Confidence |\n|---|---|---|---|---|---|\n");
            int n = 1;
            for (QuoteView q : p.quotes()) {
                md.append("| ").append(n++).append(" | ").append(cell(q.text()))
                        .append(q.nestedIn() != null ? " *(nested)*" : "")
                        .append(" | ").append(cell(q.source() == null ? "*unattributed*" : q.source()))
                        .append(" | ").append(cell(q.via())).append(" | ").append(cell(q.cue()))
                        .append(" | ").append(q.confidence() == null ? "" : String.format("%.2f", q.confidence())).append(" |\n");
            }
            md.append('\n');
        }

        appendOtherPublications(md, p.otherPublications());
        appendReuse(md, p.reuse());
        appendQuoteWording(md, p.quoteVariants());

        md.append("## Picture credits\n\n");
        md.append("Credits for images say where a picture came from, not the text.\n\n");
        if (p.credits().isEmpty()) {
            md.append("None found.\n");
        } else {
            for (CreditView c : p.credits()) {
                md.append("- **").append(escape(c.name())).append("**");
                if (c.caption() != null) {
                    md.append(" — “").append(escape(c.caption())).append("”");
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    /** The report for everything derived from a source: a diagram, then a timeline of the articles. */
    public String render(SourceLineage s) {
        StringBuilder md = new StringBuilder();
        md.append("# Descendants of ").append(escape(s.source().name())).append("\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "Key", "`" + s.source().key() + "`");
        row(md, "Kind", s.source().label() + (s.source().type() == null ? "" : " (" + s.source().type() + ")"));
        row(md, "Wikidata", s.source().qid());
        row(md, "Articles downstream", String.valueOf(s.descendants().stream().map(DerivedArticle::articleId).distinct().count()));
        md.append('\n');
        if (!s.cites().isEmpty()) {
            md.append("## What it cites\n\n");
            for (Citation c : s.cites()) {
                md.append("- ").append(verb(c.relation())).append(" **").append(escape(c.name())).append("**");
                if (c.sentence() != null) {
                    md.append(": “").append(escape(c.sentence())).append("”");
                if (c.fromArticle() != null) {
                    md.append(" (as printed in ").append(otherArticle(c.fromArticle())).append(')');
                }
                }
                md.append('\n');
            }
            md.append('\n');
        }
        md.append("## Who carried it, through whom\n\n");
        List<List<Hop>> paths = s.descendants().stream().map(DerivedArticle::path).toList();
        if (paths.isEmpty()) {
            md.append("No article derives from this source yet.\n\n");
        } else {
            md.append("```mermaid\n").append(MermaidDiagram.of(paths)).append("```\n\n");
        }
        md.append("## Timeline\n\n| Published | Outlet | Article | Through |\n|---|---|---|---|\n");
        for (DerivedArticle d : s.descendants()) {
            md.append("| ").append(cell(d.published() == null ? "undated" : d.published())).append(" | ").append(cell(OutletName.of(d.outlet(), d.url())))
                    .append(" | ").append(cell(d.headline())).append(" (`").append(d.articleId()).append("`) | ")
                    .append(cell(String.join(" → ", d.path().stream().map(h -> String.valueOf(h.name())).toList())))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static void appendOtherPublications(StringBuilder md, List<ArticleSummary> others) {
        if (others.isEmpty()) {
            return;
        }
        md.append("## Same text, other publications\n\nThis text word for word was also published as:\n\n");
        for (ArticleSummary o : others) {
            md.append("- **").append(escape(OutletName.of(o))).append("** — ").append(escape(o.headline() == null ? o.id() : o.headline()))
                    .append(" (`").append(o.id()).append("`").append(o.published() == null ? "" : ", " + escape(o.published()))
                    .append(o.url() == null ? "" : ", " + escape(o.url())).append(")\n");
        }
        md.append('\n');
    }

    private static void appendReuse(StringBuilder md, List<ReuseView> pairs) {
        md.append("## Reuse\n\n");
        if (pairs.isEmpty()) {
            md.append("No passage shared with another article.\n\n");
            return;
        }
        md.append("| Other article | Outlet | Class | Direction | Shared here | Shared there | Score |\n|---|---|---|---|---|---|---|\n");
        for (ReuseView r : pairs) {
            md.append("| ").append(cell(r.otherHeadline())).append(" (`").append(r.otherId()).append("`) | ").append(cell(OutletName.of(r.otherOutlet(), null)))
                    .append(" | ").append(r.reuseClass()).append(" (").append(r.relationship()).append(") | ").append(cell(r.direction()))
                    .append(r.upstream() == null ? "" : ": " + cell(r.upstream())).append(" | ")
                    .append(String.format("%.0f%%", 100 * r.shared())).append(" | ").append(String.format("%.0f%%", 100 * r.otherShared()))
                    .append(" | ").append(r.score()).append(" |\n");
        }
        md.append('\n');
        for (ReuseView r : pairs) {
            md.append("### Shared with ").append(escape(OutletName.of(r.otherOutlet(), null))).append(" — ")
                    .append(escape(r.otherHeadline())).append("\n\n").append(escape(r.meaning())).append(".\n\n");
            md.append("| This article | The other |\n|---|---|\n");
            for (ReuseView.PassageView v : r.passages()) {
                md.append("| ").append(cell(v.text())).append(" <br>*chars ").append(v.start()).append('–').append(v.end())
                        .append(v.quoted() > 0.5 ? ", quoted" : "").append("* | ").append(cell(v.otherText())).append(" <br>*chars ")
                        .append(v.otherStart()).append('–').append(v.otherEnd()).append("* |\n");
            }
            md.append('\n');
        }
    }

    private static void appendQuoteWording(StringBuilder md, List<QuoteVariantView> variants) {
        md.append("## Quote wording\n\n");
        if (variants.isEmpty()) {
            md.append("No quote of this article is worded differently elsewhere.\n\n");
            return;
        }
        md.append("| This article | Elsewhere | Outlet | Difference (earlier → later) |\n|---|---|---|---|\n");
        for (QuoteVariantView v : variants) {
            md.append("| ").append(cell(v.wording())).append(" | ").append(cell(v.otherWording())).append(" | ")
                    .append(cell(OutletName.of(v.otherOutlet(), null))).append(" | ").append(cell(v.diff())).append(" |\n");
        }
        md.append('\n');
    }

    private static void appendCitations(StringBuilder md, List<List<Hop>> chains) {
        Map<String, Citation> cites = new LinkedHashMap<>();
        Map<String, String> citer = new LinkedHashMap<>();
        for (List<Hop> chain : chains) {
            for (Hop h : chain) {
                for (Citation c : h.cites()) {
                    String k = h.key() + ">" + c.relation() + ">" + c.key();
                    cites.putIfAbsent(k, c);
                    citer.putIfAbsent(k, h.name());
                }
            }
        }
        if (cites.isEmpty()) {
            return;
        }
        md.append("### What the sources themselves cite\n\n");
        for (Map.Entry<String, Citation> e : cites.entrySet()) {
            Citation c = e.getValue();
            md.append("- **").append(escape(citer.get(e.getKey()))).append("** ").append(verb(c.relation()))
                    .append(" **").append(escape(c.name())).append("**");
            if (c.sentence() != null) {
                md.append(": “").append(escape(c.sentence())).append("”");
                if (c.fromArticle() != null) {
                    md.append(" (as printed in ").append(otherArticle(c.fromArticle())).append(')');
                }
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private static String verb(Relation relation) {
        return switch (relation) {
            case CITES -> "cites";
            case AUTHORED_BY -> "was written by";
            case SUBMITTED_TO -> "was submitted to";
            default -> relation.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static void appendEvidence(StringBuilder md, Map<String, Object> ev) {
        Object conf = ev.get("confidence");
        md.append(" (").append(escape(LinkLabel.described(ev)));
        if (conf instanceof Number num) {
            md.append(String.format(", confidence %.2f", num.doubleValue()));
        }
        if (ev.get("start") instanceof Number s && s.intValue() >= 0) {
            md.append(", chars ").append(s).append('–').append(ev.get("end"));
        }
        if (ev.get("extractor") != null) {
            md.append(", ").append(ev.get("extractor"));
        }
        md.append(")");
        if (ev.get("fromArticle") instanceof Map<?, ?> other) {
            md.append("\n  > as printed in another article: ").append(otherArticle(other));
        }
        if (ev.get("sentence") != null) {
            md.append("\n  > ").append(escape(String.valueOf(ev.get("sentence"))));
        }
        if (ev.get("credit") != null) {
            md.append("\n  > credit line: ").append(escape(String.valueOf(ev.get("credit"))));
        }
        if (ev.get("reuseWith") instanceof List<?> partners && !partners.isEmpty()) {
            md.append("\n  > also shared passages with ").append(escape(String.join(", ", partners.stream().map(String::valueOf).toList())))
                    .append(" (same upstream; evidence: ").append(escape(String.valueOf(ev.get("evidence")))).append(')');
        }
        md.append('\n');
    }

    /** Another article named for a reader: outlet, headline and address, else its id. */
    private static String otherArticle(Map<?, ?> a) {
        StringBuilder b = new StringBuilder();
        if (a.get("outlet") != null) {
            b.append("**").append(escape(String.valueOf(a.get("outlet")))).append("**, ");
        }
        b.append("“").append(escape(String.valueOf(a.get("headline") == null ? a.get("id") : a.get("headline")))).append("” (`")
                .append(a.get("id")).append("`");
        if (a.get("url") != null) {
            b.append(", ").append(escape(String.valueOf(a.get("url"))));
        }
        return b.append(')').toString();
    }

    /** The article's outlet, or what stands for it and how to give it. */
    static String outlet(ArticleSummary a) {
        return a.outlet() != null ? a.outlet() : OutletName.of(a) + " (not given: name it with ingest --outlet NAME, or PATCH /api/articles/"
                + a.id() + ")";
    }

    private static void row(StringBuilder md, String k, String v) {
        if (v != null && !v.isBlank()) {
            md.append("| ").append(k).append(" | ").append(cell(v)).append(" |\n");
        }
    }

    private static String cell(String s) {
        return s == null ? "" : escape(s).replace("|", "\\|").replace("\n", " ");
    }

    /**
     * Text as Markdown shows it literally. Only {@code <} can open HTML there: a backslash keeps it literal
     * (backslashes themselves are doubled, so none can undo that) and reads plainly in a terminal, where an
     * entity such as {@code &gt;} would stay as typed. {@code >} needs nothing: keys such as
     * {@code story:yonhap>report:…} hold it, and Markdown reads it only at a line's start.
     */
    private static String escape(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("<", "\\<");
    }
}
