package io.headwater.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import io.headwater.Headwater;
import io.headwater.report.TextLines;
import io.headwater.trace.ArticleSummary;
import io.headwater.trace.OutletName;
import io.headwater.trace.QuoteVariantView;
import io.headwater.trace.ReuseView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reuse ID}: the passages an article shares with other articles, side by side. */
@Command(name = "reuse", mixinStandardHelpOptions = true,
        description = "Prints an article's text reuse pairs: class, direction, shares and the shared passages side by side.")
public final class ReuseCommand implements Callable<Integer> {

    private static final int COLUMN = 58;

    @Mixin
    GraphOptions graph;

    @Option(names = "--json", description = "Print JSON: {article, reuse, quoteVariants}.")
    boolean json;

    @Option(names = "--width", paramLabel = "N", defaultValue = "" + COLUMN, description = "Width of each column (default: ${DEFAULT-VALUE}).")
    int width;

    @Parameters(paramLabel = "ID", description = "Article id, as ingest printed it.")
    String id;

    @Spec
    CommandSpec spec;

    /** What {@code reuse --json} prints. */
    public record Output(ArticleSummary article, List<ReuseView> reuse, List<QuoteVariantView> quoteVariants) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Headwater hw = Headwater.open(graph.readOnlyGraph(), graph.reuseIndex())) {
            var article = hw.tracer().article(id);
            if (article.isEmpty()) {
                spec.commandLine().getErr().println("no article with id " + id + " (list them with: ingest prints ids)");
                return 3;
            }
            List<ReuseView> pairs = hw.tracer().reuse(id);
            List<QuoteVariantView> variants = hw.tracer().quoteVariants(id);
            if (json) {
                out.println(Json.write(new Output(article.get(), pairs, variants)));
                return 0;
            }
            out.println(id + "  " + java.util.Objects.toString(article.get().headline(), "(no headline)"));
            if (pairs.isEmpty()) {
                out.println("  shares no passage with another article");
            }
            for (ReuseView p : pairs) {
                out.println();
                out.printf("  %s  %s  %s  \"%s\"%n", p.relationship(), p.otherId(), OutletName.of(p.otherOutlet(), null),
                        p.otherHeadline() == null ? "" : p.otherHeadline());
                out.printf("    %s; class %s, direction %s; shared %.0f%% here, %.0f%% there; score %d%n", p.meaning(),
                        p.reuseClass(), p.direction(), 100 * p.shared(), 100 * p.otherShared(), p.score());
                int n = 1;
                for (ReuseView.PassageView s : p.passages()) {
                    String left = "[" + n + "] chars " + s.start() + "-" + s.end() + (s.quoted() > 0.5 ? " (quoted)" : "");
                    String right = "chars " + s.otherStart() + "-" + s.otherEnd();
                    out.println("    " + pad(left, width) + " | " + right);
                    List<String> l = wrap(s.text(), width);
                    List<String> r = wrap(s.otherText(), width);
                    for (int i = 0; i < Math.max(l.size(), r.size()); i++) {
                        out.println("    " + pad(i < l.size() ? l.get(i) : "", width) + " | " + (i < r.size() ? r.get(i) : ""));
                    }
                    n++;
                }
            }
            if (!variants.isEmpty()) {
                out.println();
                out.println("  Quote wordings that differ:");
                for (QuoteVariantView v : variants) {
                    out.printf("    here:  \"%s\"%n    %s (%s): \"%s\"%n    difference (earlier -> later): %s%n", v.wording(),
                            OutletName.of(v.otherOutlet(), null), v.otherId(), v.otherWording(), v.diff());
                }
            }
            return 0;
        }
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }

    /** Words of {@code s} in lines of at most {@code w} characters (longer words cut). */
    static List<String> wrap(String s, int w) {
        return TextLines.wrap(s, w);
    }
}
