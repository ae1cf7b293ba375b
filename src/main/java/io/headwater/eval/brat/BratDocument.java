package io.headwater.eval.brat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.headwater.core.Span;
import io.headwater.extract.AnnotatedAttribution;

/**
 * The attributions of one BRAT standoff file in PolNeAR's shape: {@code T} lines labelled Source, Cue
 * or Content, joined by {@code E} relations. Offsets in the file count code points; they are turned into
 * Java string offsets against the article text.
 *
 * <p>Read by hand rather than through OpenNLP's BRAT reader ({@code opennlp.tools.formats.brat}, 2.5.11 on the
 * classpath), because that reader does not read PolNeAR as this does. Its annotation stream ends the document
 * at the first line of fewer than three whitespace-separated fields, and PolNeAR's dev and train {@code .ann}
 * files have such lines: 35 events with only their trigger ({@code E1\tAttribution-no-source:T5 }) and 3
 * other short lines. Of the articles the scorer and trainer read, it loses annotations in 1 of 84 dev and 15
 * of 840 train (the dev one keeps 20 of its 66 attributions, several train ones keep none). It also hands
 * back annotations and an event's arguments in hash order, not file order, so the attributions and a role's
 * spans ({@code Content} then {@code Content2}) come out reordered: only 13 dev and 167 train articles read
 * identically, 70 and 658 have the same spans in another order. Spans, discontinuous fragments and types
 * agree otherwise.
 * {@code ./mvnw -q test -Dtest=OpenNlpBratReaderIT} reproduces these counts.
 *
 * @param attributions one per relation that has at least one role
 * @param looseSpans   role spans no relation uses, by role ("Source", "Cue", "Content")
 */
public record BratDocument(List<AnnotatedAttribution> attributions, Map<String, List<List<Span>>> looseSpans) {

    /** The roles a span may fill. */
    public static final List<String> ROLES = AnnotatedAttribution.ROLES;

    private static final Pattern T_LINE = Pattern.compile("^(T\\d+)\\t([^\\t ]+) ([0-9 ;]+?)(?:\\t|$)");

    /** Reads the text of a {@code .ann} file; {@code text} is the article the offsets point into. */
    public static BratDocument parse(String ann, String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, List<Span>> fragments = new LinkedHashMap<>();
        List<List<String[]>> relations = new ArrayList<>();
        for (String raw : ann.split("\n", -1)) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (line.startsWith("T")) {
                Matcher m = T_LINE.matcher(line);
                if (!m.find()) {
                    continue;
                }
                List<Span> spans = new ArrayList<>();
                try {
                    for (String piece : m.group(3).split(";")) {
                        String[] ends = piece.strip().split("\\s+");
                        if (ends.length != 2) {
                            throw new NumberFormatException(piece);
                        }
                        int start = charOffset(text, Integer.parseInt(ends[0]));
                        int end = charOffset(text, Integer.parseInt(ends[1]));
                        if (end >= start) {
                            spans.add(new Span(start, end));
                        }
                    }
                } catch (NumberFormatException e) {
                    continue;
                }
                labels.put(m.group(1), m.group(2));
                fragments.put(m.group(1), spans);
            } else if (line.startsWith("E")) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    continue;
                }
                List<String[]> arguments = new ArrayList<>();
                for (String item : line.substring(tab + 1).strip().split("\\s+")) {
                    int colon = item.indexOf(':');
                    if (colon > 0 && colon < item.length() - 1) {
                        arguments.add(new String[] {item.substring(0, colon), item.substring(colon + 1)});
                    }
                }
                relations.add(arguments);
            }
        }
        return assemble(labels, fragments, relations);
    }

    /**
     * The attributions and loose spans of parsed lines: {@code labels} and {@code fragments} by {@code T} id,
     * each relation as its (role, target id) pairs in file order, the trigger first.
     */
    static BratDocument assemble(Map<String, String> labels, Map<String, List<Span>> fragments,
            List<List<String[]>> relations) {
        List<AnnotatedAttribution> attributions = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (List<String[]> arguments : relations) {
            Map<String, List<Span>> roles = new LinkedHashMap<>();
            for (int i = 1; i < arguments.size(); i++) {
                String role = canonicalRole(arguments.get(i)[0]);
                String target = arguments.get(i)[1];
                if (role == null || !fragments.containsKey(target)) {
                    continue;
                }
                used.add(target);
                roles.computeIfAbsent(role, r -> new ArrayList<>()).addAll(fragments.get(target));
            }
            if (!roles.isEmpty()) {
                attributions.add(new AnnotatedAttribution(roles.getOrDefault("Source", List.of()),
                        roles.getOrDefault("Cue", List.of()), roles.getOrDefault("Content", List.of())));
            }
        }
        Map<String, List<List<Span>>> loose = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (!used.contains(e.getKey()) && ROLES.contains(e.getValue())) {
                loose.computeIfAbsent(e.getValue(), r -> new ArrayList<>()).add(fragments.get(e.getKey()));
            }
        }
        return new BratDocument(attributions, loose);
    }

    /** "Content2" is part of the content; triggers and unknown roles are not roles. */
    static String canonicalRole(String role) {
        String base = role.replaceAll("\\d+$", "");
        return ROLES.contains(base) ? base : null;
    }

    /** The UTF-16 offset of code point {@code index} of {@code text} (clamped to the text). */
    static int charOffset(String text, int index) {
        if (index <= 0) {
            return Math.max(index, 0);
        }
        int limit = text.codePointCount(0, text.length());
        return index >= limit ? text.length() + (index - limit) : text.offsetByCodePoints(0, index);
    }
}
