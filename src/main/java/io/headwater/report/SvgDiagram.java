package io.headwater.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.headwater.trace.Citation;
import io.headwater.trace.Hop;

/**
 * Draws provenance chains as an inline SVG: one column per hop, primary sources on the left, outlets on
 * the right, sources' own citations in a column before them. Self-contained: no script, no network.
 */
public final class SvgDiagram {

    private static final int BOX_W = 230;
    private static final int BOX_H = 54;
    private static final int COL_GAP = 90;
    private static final int ROW_GAP = 26;
    private static final int MARGIN = 20;

    private SvgDiagram() {
    }

    private record Node(String id, String title, String kind, String css, int column) {
    }

    private record Edge(String from, String to, String label, boolean dashed) {
    }

    /** The SVG element for {@code chains}, nodes shared between chains. */
    public static String of(List<List<Hop>> chains) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Set<Edge> edges = new LinkedHashSet<>();
        boolean cites = chains.stream().flatMap(List::stream).anyMatch(h -> h.cites().stream()
                .anyMatch(c -> c.relation().equals("CITES")));
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
                    if (c.relation().equals("CITES")) {
                        String cid = "Source:" + c.key();
                        nodes.putIfAbsent(cid, new Node(cid, c.name(), "cited source", "cited", column - 1));
                        edges.add(new Edge(cid, id, "cited by", true));
                    }
                }
                if (i + 1 < chain.size()) {
                    Object cue = h.evidence() == null ? null : h.evidence().get("cue");
                    edges.add(new Edge(id, id(chain.get(i + 1)), cue == null ? "" : String.valueOf(cue), false));
                }
            }
        }
        return render(nodes, edges);
    }

    private static String id(Hop h) {
        return h.label() + ":" + h.key() + ":" + h.name();
    }

    private static String render(Map<String, Node> nodes, Set<Edge> edges) {
        Map<Integer, List<Node>> columns = new LinkedHashMap<>();
        for (Node n : nodes.values()) {
            columns.computeIfAbsent(n.column(), k -> new ArrayList<>()).add(n);
        }
        int maxColumn = columns.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        int maxRows = columns.values().stream().mapToInt(List::size).max().orElse(1);
        Map<String, int[]> at = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<Node>> col : columns.entrySet()) {
            List<Node> list = col.getValue();
            int offset = (maxRows - list.size()) * (BOX_H + ROW_GAP) / 2;
            for (int r = 0; r < list.size(); r++) {
                int x = MARGIN + col.getKey() * (BOX_W + COL_GAP);
                int y = MARGIN + offset + r * (BOX_H + ROW_GAP);
                at.put(list.get(r).id(), new int[] {x, y});
            }
        }
        int width = 2 * MARGIN + (maxColumn + 1) * BOX_W + maxColumn * COL_GAP;
        int height = 2 * MARGIN + maxRows * BOX_H + (maxRows - 1) * ROW_GAP;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"provenance diagram\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\">\n");
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
                + "orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#555\"/></marker></defs>\n");
        for (Edge e : edges) {
            int[] a = at.get(e.from());
            int[] b = at.get(e.to());
            if (a == null || b == null) {
                continue;
            }
            int x1 = a[0] + BOX_W;
            int y1 = a[1] + BOX_H / 2;
            int x2 = b[0];
            int y2 = b[1] + BOX_H / 2;
            svg.append("<path d=\"M ").append(x1).append(' ').append(y1).append(" C ").append(x1 + COL_GAP / 2).append(' ')
                    .append(y1).append(' ').append(x2 - COL_GAP / 2).append(' ').append(y2).append(' ').append(x2).append(' ')
                    .append(y2).append("\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.5\"")
                    .append(e.dashed() ? " stroke-dasharray=\"5 4\"" : "").append(" marker-end=\"url(#arrow)\"/>\n");
            if (!e.label().isEmpty()) {
                svg.append("<text x=\"").append((x1 + x2) / 2).append("\" y=\"").append((y1 + y2) / 2 - 6)
                        .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333\">").append(Html.escape(e.label()))
                        .append("</text>\n");
            }
        }
        for (Node n : nodes.values()) {
            int[] p = at.get(n.id());
            svg.append("<g class=\"node ").append(n.css()).append("\"><rect x=\"").append(p[0]).append("\" y=\"").append(p[1])
                    .append("\" width=\"").append(BOX_W).append("\" height=\"").append(BOX_H).append("\" rx=\"8\" fill=\"")
                    .append(fill(n.css())).append("\" stroke=\"#444\"/>");
            svg.append("<text x=\"").append(p[0] + BOX_W / 2).append("\" y=\"").append(p[1] + 22)
                    .append("\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\">")
                    .append(Html.escape(shorten(n.title(), 34))).append("<title>").append(Html.escape(n.title()))
                    .append("</title></text>");
            svg.append("<text x=\"").append(p[0] + BOX_W / 2).append("\" y=\"").append(p[1] + 40)
                    .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333\">").append(Html.escape(n.kind()))
                    .append("</text></g>\n");
        }
        svg.append("</svg>");
        return svg.toString();
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

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
