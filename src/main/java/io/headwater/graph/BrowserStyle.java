package io.headwater.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cypher/headwater.grass}, the Neo4j Browser style of Headwater's labels, as the JSON object Browser keeps
 * its style in (and reads as a {@code :style} argument): the embedded Browser starts with it, for without it
 * Browser captions an Article with its first property, the dateline.
 */
final class BrowserStyle {

    private BrowserStyle() {
    }

    /** The shipped grass file as JSON. */
    static String json() {
        return toJson(grass());
    }

    /** The grass rules ({@code selector { property: value; ... }}) as a JSON object of objects. */
    static String toJson(String grass) {
        StringBuilder json = new StringBuilder("{");
        String text = grass.replaceAll("(?m)^\\s*//.*$", "");
        int i = 0;
        while (true) {
            int open = text.indexOf('{', i);
            if (open < 0) {
                break;
            }
            String selector = text.substring(i, open).strip();
            int close = blockEnd(text, open + 1);
            json.append(json.length() > 1 ? "," : "").append(quote(selector)).append(":{");
            int properties = 0;
            for (String declaration : declarations(text.substring(open + 1, close))) {
                int colon = declaration.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String value = declaration.substring(colon + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                json.append(properties++ > 0 ? "," : "").append(quote(declaration.substring(0, colon).strip()))
                        .append(':').append(quote(value));
            }
            json.append('}');
            i = close + 1;
        }
        return json.append('}').toString();
    }

    /** Where the block that starts at {@code from} ends: the first closing brace outside quotes. */
    private static int blockEnd(String text, int from) {
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '}' && !quoted) {
                return i;
            }
        }
        throw new IllegalStateException("cypher/headwater.grass: a block is not closed");
    }

    /** A block's declarations, split at semicolons outside quotes. */
    private static List<String> declarations(String block) {
        List<String> out = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                out.add(block.substring(start, i));
                start = i + 1;
            }
        }
        out.add(block.substring(start));
        return out;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String grass() {
        try (InputStream in = BrowserStyle.class.getResourceAsStream("/cypher/headwater.grass")) {
            if (in == null) {
                throw new IllegalStateException("cypher/headwater.grass is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
