package io.headwater.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.headwater.core.Relation;
import io.headwater.trace.Citation;
import io.headwater.trace.Hop;

/**
 * Draws provenance chains as an inline SVG, top to bottom: primary sources first, outlets last, sources'
 * own citations a step before them. Each step is a row of boxes, wrapped onto further rows when it holds
 * more than fit the page, so the diagram is never wider than {@link #MAX_WIDTH} (the report's text column);
 * names wrap inside their boxes and every box carries its full name as a tooltip. Arrows are labelled with
 * the words that mark the link ({@link LinkLabel}). Self-contained: no script, no network.
 */
public final class SvgDiagram {

    /** Widest the diagram gets, in pixels: the HTML report's text column (72rem less its padding). */
    static final int MAX_WIDTH = 1100;

    private static final int BOX_W = 230;
    private static final int H_GAP = 30;
    private static final int V_GAP = 58;
    private static final int MARGIN = 20;
    private static final int LINE = 15;
    private static final int CHARS_PER_LINE = 30;
    private static final int MAX_LINES = 4;
    private static final int LABEL_CHARS = 44;
    /** Width of a label's character at its font size, near enough to leave it room. */
    private static final int LABEL_CHAR_PX = 7;
    private static final int PER_ROW = (MAX_WIDTH - 2 * MARGIN + H_GAP) / (BOX_W + H_GAP);

    private SvgDiagram() {
    }

    private record Node(String id, String title, String kind, String css, int column) {

        List<String> lines() {
            return wrap(title, CHARS_PER_LINE, MAX_LINES);
        }

        int height() {
            return 22 + LINE * lines().size() + 8;
        }
    }

    private record Edge(String from, String to, String label, boolean dashed) {
    }

    /** The SVG element for {@code chains}, nodes shared between chains. */
    public static String of(List<List<Hop>> chains) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Set<Edge> edges = new LinkedHashSet<>();
        boolean cites = chains.stream().flatMap(List::stream).anyMatch(h -> h.cites().stream()
                .anyMatch(c -> c.relation() == Relation.CITES));
        int shift = cites ? 1 : 0;
        for (List<Hop> chain : chains) {
            for (int i = 0; i < chain.size(); i++) {
                Hop h = chain.get(i);
                String id = id(h);
                int column = i + shift;
                Node old = nodes.get(id);
                if (old == null || old.column() < column) {
                    nodes.put(id, new Node(id, h.name() == null ? "(unknown)" : h.name(),
                            h.inferred() ? h.label() + " · inferred story" : h.label(), h.label().toLowerCase(), column));
                }
                for (Citation c : h.cites()) {
                    if (c.relation() == Relation.CITES) {
                        String cid = "Source:" + c.key();
                        nodes.putIfAbsent(cid, new Node(cid, c.name(), "cited source", "cited", column - 1));
                        edges.add(new Edge(cid, id, "cited by", true));
                    }
                }
                if (i + 1 < chain.size()) {
                    edges.add(new Edge(id, id(chain.get(i + 1)), LinkLabel.of(h.evidence()), false));
                }
            }
        }
        return render(nodes, edges);
    }

    private static String id(Hop h) {
        return h.label() + ":" + h.key() + ":" + h.name();
    }

    private static String render(Map<String, Node> nodes, Set<Edge> edges) {
        Map<Integer, List<Node>> steps = new TreeMap<>();
        for (Node n : nodes.values()) {
            steps.computeIfAbsent(n.column(), k -> new ArrayList<>()).add(n);
        }
        int widest = Math.min(PER_ROW, steps.values().stream().mapToInt(List::size).max().orElse(1));
        int boxes = 2 * MARGIN + widest * BOX_W + (widest - 1) * H_GAP;
        Map<String, int[]> at = place(steps, boxes);
        // Arrow labels stand right of their arrows: widen the diagram, keeping it centred, until they fit.
        int overflow = 0;
        for (Edge e : edges) {
            int[] a = at.get(e.from());
            int[] b = at.get(e.to());
            if (a != null && b != null && !e.label().isEmpty()) {
                int right = labelX(a, b) + LABEL_CHAR_PX * Math.min(LABEL_CHARS, e.label().length()) + MARGIN;
                overflow = Math.max(overflow, right - boxes);
            }
        }
        int width = Math.min(MAX_WIDTH, boxes + 2 * overflow);
        if (width != boxes) {
            at = place(steps, width);
        }
        int height = at.values().stream().mapToInt(p -> p[1] + p[2]).max().orElse(0) + MARGIN;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"provenance diagram\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" style=\"display:block;margin:0 auto;max-width:100%;height:auto\">\n");
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
                + "orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#555\"/></marker></defs>\n");
        for (Edge e : edges) {
            edge(svg, e, at.get(e.from()), at.get(e.to()));
        }
        for (Node n : nodes.values()) {
            box(svg, n, at.get(n.id()));
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /**
     * Where each node's box goes ({x, y, height}) in a diagram {@code width} wide: one step after another
     * down the page, each step's boxes centred in rows of at most {@link #PER_ROW}.
     */
    private static Map<String, int[]> place(Map<Integer, List<Node>> steps, int width) {
        Map<String, int[]> at = new LinkedHashMap<>();
        int y = MARGIN;
        for (List<Node> step : steps.values()) {
            for (int from = 0; from < step.size(); from += PER_ROW) {
                List<Node> row = step.subList(from, Math.min(step.size(), from + PER_ROW));
                int x = (width - row.size() * BOX_W - (row.size() - 1) * H_GAP) / 2;
                int rowHeight = 0;
                for (Node n : row) {
                    at.put(n.id(), new int[] {x, y, n.height()});
                    x += BOX_W + H_GAP;
                    rowHeight = Math.max(rowHeight, n.height());
                }
                y += rowHeight + V_GAP;
            }
        }
        return at;
    }

    /** Where an arrow's label starts: beside the middle of the arrow from box {@code a} to box {@code b}. */
    private static int labelX(int[] a, int[] b) {
        return (a[0] + b[0]) / 2 + BOX_W / 2 + 6;
    }

    private static void edge(StringBuilder svg, Edge e, int[] a, int[] b) {
        if (a == null || b == null) {
            return;
        }
        int x1 = a[0] + BOX_W / 2;
        int y1 = a[1] + a[2];
        int x2 = b[0] + BOX_W / 2;
        int y2 = b[1];
        int bend = Math.max(20, Math.abs(y2 - y1) / 2);
        svg.append("<path d=\"M ").append(x1).append(' ').append(y1).append(" C ").append(x1).append(' ').append(y1 + bend)
                .append(' ').append(x2).append(' ').append(y2 - bend).append(' ').append(x2).append(' ').append(y2)
                .append("\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.5\"")
                .append(e.dashed() ? " stroke-dasharray=\"5 4\"" : "").append(" marker-end=\"url(#arrow)\"/>\n");
        if (!e.label().isEmpty()) {
            String shown = e.label().length() <= LABEL_CHARS ? e.label() : e.label().substring(0, LABEL_CHARS - 1) + "…";
            svg.append("<text x=\"").append(labelX(a, b)).append("\" y=\"").append((y1 + y2) / 2 + 4)
                    .append("\" font-size=\"11\" fill=\"#333\" stroke=\"#fcfcfc\" stroke-width=\"4\" paint-order=\"stroke\"><title>")
                    .append(Html.escape(e.label())).append("</title>").append(Html.escape(shown)).append("</text>\n");
        }
    }

    private static void box(StringBuilder svg, Node n, int[] p) {
        svg.append("<g class=\"node ").append(n.css()).append("\"><title>").append(Html.escape(n.title())).append(" (")
                .append(Html.escape(n.kind())).append(")</title><rect x=\"").append(p[0]).append("\" y=\"").append(p[1])
                .append("\" width=\"").append(BOX_W).append("\" height=\"").append(p[2]).append("\" rx=\"8\" fill=\"")
                .append(fill(n.css())).append("\" stroke=\"#444\"/>");
        svg.append("<text x=\"").append(p[0] + BOX_W / 2).append("\" y=\"").append(p[1] + 18)
                .append("\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\">");
        List<String> lines = n.lines();
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(p[0] + BOX_W / 2).append("\"").append(i == 0 ? "" : " dy=\"" + LINE + "\"").append('>')
                    .append(Html.escape(lines.get(i))).append("</tspan>");
        }
        svg.append("</text>");
        svg.append("<text x=\"").append(p[0] + BOX_W / 2).append("\" y=\"").append(p[1] + 18 + LINE * lines.size() + 2)
                .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333\">").append(Html.escape(n.kind()))
                .append("</text></g>\n");
    }

    /** {@code s} wrapped as {@link TextLines#wrap} wraps it, at most {@code max} lines, the last ending in "…" when it goes on. */
    static List<String> wrap(String s, int width, int max) {
        List<String> lines = TextLines.wrap(s, width);
        if (lines.size() <= max) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, max));
        String last = kept.get(max - 1);
        kept.set(max - 1, (last.length() >= width ? last.substring(0, width - 1) : last) + "…");
        return kept;
    }

    private static String fill(String css) {
        return switch (css) {
            case "report" -> "#fde2b8";
            case "agency" -> "#cfe3ff";
            case "outlet" -> "#d7f2d0";
            case "cited" -> "#eeeeee";
            default -> "#f3d9f7";
        };
    }
}
