package io.headwater.extract.brat;

import java.util.ArrayList;
import java.util.List;

import io.headwater.core.Span;
import io.headwater.extract.AnnotatedAttribution;
import io.headwater.extract.Attribution;

/**
 * Writes attributions as BRAT standoff in PolNeAR's shape (T lines Source, Cue, Content; one E line
 * joining them), so that PolNeAR's scorer reads it. PolNeAR's guidelines shape what is written: only the
 * outermost attribution is annotated (one nested inside another's content is left out), and a quotation
 * continuing a speaker is part of that speaker's attribution, as a further content fragment.
 */
public final class BratWriter {

    /** The attributions as PolNeAR annotates them: nested ones dropped, continued quotes merged. */
    public static List<AnnotatedAttribution> annotations(List<Attribution> attributions) {
        List<Attribution> outer = attributions.stream()
                .filter(a -> attributions.stream().noneMatch(o -> o != a && o.encloses(a)
                        && (a.cue() == null || o.content().contains(a.cue()))))
                .toList();
        List<AnnotatedAttribution> out = new ArrayList<>();
        List<Attribution> anchors = new ArrayList<>();
        for (Attribution a : outer) {
            if (a.kind() == Attribution.Kind.CONTINUED || a.cue() == null) {
                int k = anchorOf(a, anchors);
                if (k >= 0) {
                    AnnotatedAttribution was = out.get(k);
                    List<Span> content = new ArrayList<>(was.content());
                    content.add(a.content());
                    out.set(k, new AnnotatedAttribution(was.source(), was.cue(), content));
                }
                continue;
            }
            out.add(new AnnotatedAttribution(a.source() == null ? List.of() : List.of(a.source()), List.of(a.cue()),
                    List.of(a.content())));
            anchors.add(a);
        }
        return out;
    }

    /** The latest written attribution with the same source span as a continued quote, or -1. */
    private static int anchorOf(Attribution continued, List<Attribution> anchors) {
        if (continued.source() == null) {
            return -1;
        }
        for (int k = anchors.size() - 1; k >= 0; k--) {
            if (continued.source().equals(anchors.get(k).source())) {
                return k;
            }
        }
        return -1;
    }

    /** The {@code .ann} text for {@code attributions} found in {@code text} (offsets in code points). */
    public static String write(String text, List<Attribution> attributions) {
        StringBuilder b = new StringBuilder();
        int t = 0;
        int e = 0;
        for (AnnotatedAttribution a : annotations(attributions)) {
            StringBuilder relation = new StringBuilder();
            String cueId = null;
            for (String role : AnnotatedAttribution.ROLES) {
                List<Span> fragments = switch (role) {
                    case "Source" -> a.source();
                    case "Cue" -> a.cue();
                    default -> a.content();
                };
                if (fragments.isEmpty()) {
                    continue;
                }
                String id = "T" + (++t);
                b.append(id).append('\t').append(role).append(' ').append(offsets(text, fragments)).append('\t')
                        .append(surface(text, fragments)).append('\n');
                relation.append(' ').append(role).append(':').append(id);
                if (role.equals("Cue")) {
                    cueId = id;
                }
            }
            String trigger = a.source().isEmpty() ? "Attribution-no-source" : "Attribution";
            b.append('E').append(++e).append('\t').append(trigger).append(':').append(cueId).append(relation).append('\n');
        }
        return b.toString();
    }

    private static String offsets(String text, List<Span> fragments) {
        List<String> parts = new ArrayList<>();
        for (Span f : fragments.stream().sorted().toList()) {
            parts.add(codePoint(text, f.start()) + " " + codePoint(text, f.end()));
        }
        return String.join(";", parts);
    }

    private static int codePoint(String text, int offset) {
        return text.codePointCount(0, Math.min(offset, text.length()));
    }

    private static String surface(String text, List<Span> fragments) {
        List<String> parts = new ArrayList<>();
        for (Span f : fragments.stream().sorted().toList()) {
            parts.add(f.in(text).replaceAll("[\\t\\r\\n]+", " "));
        }
        return String.join(" ", parts);
    }

    private BratWriter() {
    }
}
