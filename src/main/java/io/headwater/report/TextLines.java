package io.headwater.report;

import java.util.ArrayList;
import java.util.List;

/** Text broken into lines for fixed-width display: terminal columns, diagram boxes. */
public final class TextLines {

    private TextLines() {
    }

    /** The words of {@code s} in lines of at most {@code width} characters, broken between words (longer words cut). */
    public static List<String> wrap(String s, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.strip().split("\\s+")) {
            while (word.length() > width) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
