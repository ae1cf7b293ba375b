package io.headwater.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cypher/headwater.grass}, the Neo4j Browser style of Headwater's labels, as the command the embedded
 * database asks Browser to run after it connects ({@code browser.post_connect_cmd}): without it Browser captions
 * an Article with its first property, the dateline. Browser reads a {@code :style} argument as JSON first, and
 * JSON, unlike the grass syntax, holds no semicolon, which would split the setting into several commands.
 */
final class BrowserStyle {

    private static final Pattern RULE = Pattern.compile("([\\w.*-]+)\\s*\\{([^}]*)}");

    private BrowserStyle() {
    }

    /** {@code style {...}}: the shipped grass file as one Browser command. */
    static String postConnectCommand() {
        return "style " + toJson(grass());
    }

    /** The grass rules ({@code selector { property: value; ... }}) as a JSON object of objects. */
    static String toJson(String grass) {
        StringBuilder json = new StringBuilder("{");
        Matcher rule = RULE.matcher(grass.replaceAll("(?m)^\\s*//.*$", ""));
        while (rule.find()) {
            json.append(json.length() > 1 ? "," : "").append(quote(rule.group(1))).append(":{");
            int properties = 0;
            for (String declaration : rule.group(2).split(";")) {
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
        }
        return json.append('}').toString();
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
