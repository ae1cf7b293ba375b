package io.headwater.report;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.headwater.core.Relation;
import io.headwater.trace.Citation;
import io.headwater.trace.Hop;

/** Draws provenance chains as a Mermaid flowchart, primary sources on the left, the outlet on the right. */
public final class MermaidDiagram {

    private MermaidDiagram() {
    }

    /** Mermaid source for {@code chains}, sharing nodes between chains. */
    public static String of(List<List<Hop>> chains) {
        Map<String, String> ids = new LinkedHashMap<>();
        StringBuilder nodes = new StringBuilder();
        Set<String> edges = new LinkedHashSet<>();
        for (List<Hop> chain : chains) {
            for (int i = 0; i < chain.size(); i++) {
                Hop h = chain.get(i);
                String id = ids.computeIfAbsent(h.label() + ":" + h.key() + ":" + h.name(), k -> "n" + ids.size());
                if (nodes.indexOf("  " + id + shapeOpen(h)) < 0) {
                    nodes.append("  ").append(id).append(shapeOpen(h)).append('"').append(label(h)).append('"')
                            .append(shapeClose(h)).append('\n');
                }
                for (Citation c : h.cites()) {
                    if (c.relation() != Relation.CITES) {
                        continue;
                    }
                    String cid = ids.computeIfAbsent("Source:" + c.key() + ":" + c.name(), k -> "n" + ids.size());
                    if (nodes.indexOf("  " + cid + "([") < 0) {
                        nodes.append("  ").append(cid).append("([\"").append(text(c.name())).append("\"])\n");
                    }
                    edges.add("  " + id + " -. cites .-> " + cid);
                }
                if (i + 1 < chain.size()) {
                    Hop next = chain.get(i + 1);
                    String nid = ids.computeIfAbsent(next.label() + ":" + next.key() + ":" + next.name(), k -> "n" + ids.size());
                    String label = LinkLabel.of(h.evidence());
                    String arrow = label.isEmpty() ? " --> " : " -->|" + text(label) + "| ";
                    edges.add("  " + id + arrow + nid);
                }
            }
        }
        StringBuilder out = new StringBuilder("flowchart LR\n");
        out.append(nodes);
        for (String e : edges) {
            out.append(e).append('\n');
        }
        return out.toString();
    }

    private static String label(Hop h) {
        String name = h.name() == null ? "(unknown " + h.label().toLowerCase(java.util.Locale.ROOT) + ")" : h.name();
        String kind = h.inferred() ? h.label() + ", inferred story" : h.label();
        return text(name) + "<br/><small>" + kind + "</small>";
    }

    private static String shapeOpen(Hop h) {
        return switch (h.label()) {
            case "Report" -> "[/";
            case "Agency" -> "[";
            case "Outlet" -> "((";
            default -> "(";
        };
    }

    private static String shapeClose(Hop h) {
        return switch (h.label()) {
            case "Report" -> "/]";
            case "Agency" -> "]";
            case "Outlet" -> "))";
            default -> ")";
        };
    }

    private static String text(String s) {
        return s.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;").replace("|", "#124;");
    }
}
