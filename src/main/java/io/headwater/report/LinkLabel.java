package io.headwater.report;

import java.util.Map;

/**
 * The words that mark one link of a chain, as diagrams label its arrow. The cue of an attribution belongs to
 * the source's act ("Yonhap quoted the report"): the link from an outlet to the agency it took from is marked
 * instead by the outlet's credit line ("With inputs from agencies") or, without one, by how it named the
 * relay ("a report by Yonhap News Agency").
 */
final class LinkLabel {

    private LinkLabel() {
    }

    /** The label of a link with this evidence: credit line, else relay as named, else cue; empty when none. */
    static String of(Map<String, Object> evidence) {
        if (evidence == null) {
            return "";
        }
        if (evidence.get("credit") != null) {
            return credit(evidence);
        }
        if (evidence.get("via") != null) {
            return String.valueOf(evidence.get("via"));
        }
        return evidence.get("cue") == null ? "" : String.valueOf(evidence.get("cue"));
    }

    /** The same, saying what kind of words they are: {@code credit line “…”}, {@code relay “…”}, {@code cue “…”}. */
    static String described(Map<String, Object> evidence) {
        if (evidence.get("credit") != null) {
            return "credit line “" + credit(evidence) + "”";
        }
        if (evidence.get("via") != null) {
            return "relay “" + evidence.get("via") + "”" + (evidence.get("cue") == null ? "" : ", cue “" + evidence.get("cue") + "”");
        }
        return evidence.get("cue") == null ? "link" : "cue “" + evidence.get("cue") + "”";
    }

    private static String credit(Map<String, Object> evidence) {
        return String.valueOf(evidence.get("credit")).strip().replaceAll("^[(\\[]+|[)\\].]+$", "").strip();
    }
}
