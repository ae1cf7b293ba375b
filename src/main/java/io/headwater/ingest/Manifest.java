package io.headwater.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A list of documents with what is known about each, the way a researcher exports a corpus from a media
 * database: JSON Lines (one object a line) or CSV with a header row. Each entry names a file ({@code path},
 * relative to the manifest's directory unless absolute) or a page to fetch ({@code url}), and may give its
 * {@code outlet}, {@code url} and {@code published} date. Other columns are ignored. The whole manifest is
 * read and checked before anything is ingested, so a mistake in line 900 leaves the graph as it was.
 *
 * @param entries the documents, in manifest order
 */
public record Manifest(List<Entry> entries) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Manifest {
        entries = List.copyOf(entries);
    }

    /**
     * One document of a manifest.
     *
     * @param location a file path (resolved against the manifest's directory) or an http(s) URL
     * @param metadata what the manifest says about the document
     * @param line     the manifest line it was read from, for messages
     */
    public record Entry(String location, ArticleMetadata metadata, int line) {
    }

    /**
     * Reads {@code file}: JSON Lines when it is named {@code .jsonl}/{@code .ndjson} or its first non-blank
     * character is {@code {}, CSV otherwise.
     *
     * @throws IllegalArgumentException naming the file and line when the manifest cannot be used as it is
     */
    public static Manifest read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("manifest " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        Path base = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean jsonLines = name.endsWith(".jsonl") || name.endsWith(".ndjson") || text.stripLeading().startsWith("{");
        List<Entry> entries = jsonLines ? jsonLines(text, file, base) : csv(text, file, base);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("manifest " + file + " lists no documents");
        }
        return new Manifest(entries);
    }

    private static List<Entry> jsonLines(String text, Path file, Path base) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JacksonException e) {
                throw problem(file, i + 1, "is not a JSON object (" + e.getOriginalMessage() + ")");
            }
            if (node == null || !node.isObject()) {
                throw problem(file, i + 1, "is not a JSON object: write one {\"path\": ..., \"outlet\": ...} per line");
            }
            Map<String, String> fields = new HashMap<>();
            for (var property : node.properties()) {
                JsonNode v = property.getValue();
                if (!v.isNull()) {
                    fields.put(property.getKey().strip().toLowerCase(Locale.ROOT), v.isString() ? v.asString() : v.toString());
                }
            }
            entries.add(entry(fields, file, base, i + 1));
        }
        return entries;
    }

    private static List<Entry> csv(String text, Path file, Path base) {
        List<List<String>> rows = CsvRows.parse(text, file);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.contains("path") && !header.contains("url")) {
            throw problem(file, 1, "is not a header naming a 'path' or 'url' column (got " + String.join(", ", header) + ")");
        }
        List<Entry> entries = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (int c = 0; c < header.size() && c < row.size(); c++) {
                fields.put(header.get(c), row.get(c));
            }
            entries.add(entry(fields, file, base, CsvRows.lineOf(text, r)));
        }
        return entries;
    }

    private static Entry entry(Map<String, String> fields, Path file, Path base, int line) {
        String path = blankToNull(fields.get("path"));
        String url = blankToNull(fields.get("url"));
        if (path == null && url == null) {
            throw problem(file, line, "names neither a 'path' nor a 'url'");
        }
        if (url != null && !url.toLowerCase(Locale.ROOT).matches("https?://.+")) {
            throw problem(file, line, "has a url that is not http(s): " + url);
        }
        String published = blankToNull(fields.get("published"));
        if (published != null) {
            String raw = published;
            published = PublicationDateParser.parse(raw).orElseThrow(() -> problem(file, line,
                    "has a published date that cannot be read: '" + raw + "' (use ISO-8601 such as 2022-02-06)"));
        }
        String location = path == null ? url : base == null ? path : base.resolve(path).normalize().toString();
        return new Entry(location, new ArticleMetadata(blankToNull(fields.get("outlet")), url, published), line);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static IllegalArgumentException problem(Path file, int line, String what) {
        return new IllegalArgumentException("manifest " + file + " line " + line + " " + what);
    }

    /** RFC 4180 rows: fields separated by commas, quoted with double quotes when they hold commas, quotes or line breaks. */
    static final class CsvRows {

        private CsvRows() {
        }

        static List<List<String>> parse(String text, Path file) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        line += c == '\n' ? 1 : 0;
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    line++;
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                throw problem(file, line, "ends inside a quoted field: a closing \" is missing");
            }
            if (!field.isEmpty() || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }

        /** The 1-based text line where row {@code r} starts (rows may span lines inside quotes). */
        static int lineOf(String text, int r) {
            int row = 0;
            int line = 1;
            boolean quoted = false;
            for (int i = 0; i < text.length() && row < r; i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '\n') {
                    line++;
                    if (!quoted) {
                        row++;
                    }
                }
            }
            return line;
        }
    }
}
