package io.headwater.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file of Cypher statements from the project's {@code cypher/} folder, as the app runs them. Lines
 * starting with {@code //} are comments, except {@code // name: x}, which names the next statement;
 * lines starting with {@code :} (Neo4j Browser commands such as {@code :param}) are skipped; statements
 * end with a semicolon at the end of a line.
 * <p>
 * A statement may begin with a line that binds examples, {@code WITH 'a-cb4cc6f412e7777d' AS articleId}: pasted
 * into Neo4j Browser as it is, the file runs on that example (Browser runs a paste with {@code :param} lines in it
 * as several statements, and shows no table). The app reads that line as {@code WITH $articleId AS articleId}, so
 * it runs the very same query with its own parameters.
 */
public final class CypherFile {

    /** A Cypher literal: a quoted string, a number, a boolean. */
    private static final String LITERAL = "'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?|true|false";
    /** One example: a literal bound to a name. */
    private static final Pattern EXAMPLE = Pattern.compile("(" + LITERAL + ")\\s+AS\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    /** A line of examples only: {@code WITH 'x' AS a, 2 AS b}, perhaps with a comment after it. */
    private static final Pattern EXAMPLE_LINE = Pattern.compile("WITH\\s+" + EXAMPLE.pattern() + "(?:\\s*,\\s*"
            + EXAMPLE.pattern() + ")*\\s*(?://.*)?", Pattern.CASE_INSENSITIVE);

    private final String path;
    private final Map<String, String> named;
    private final List<String> statements;

    private CypherFile(String path, Map<String, String> named, List<String> statements) {
        this.path = path;
        this.named = named;
        this.statements = statements;
    }

    /** Loads {@code cypher/<relativePath>} from the classpath. */
    public static CypherFile load(String relativePath) {
        String resource = "/cypher/" + relativePath;
        try (InputStream in = CypherFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Cypher file " + resource + " is missing from the classpath");
            }
            return parse(relativePath, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Parses Cypher text; {@code path} only labels errors. */
    public static CypherFile parse(String path, String text) {
        Map<String, String> named = new LinkedHashMap<>();
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String name = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("// name:")) {
                name = line.substring("// name:".length()).strip();
                continue;
            }
            if (line.isEmpty() || line.startsWith("//") || line.startsWith(":")) {
                continue;
            }
            current.append(raw).append('\n');
            if (line.endsWith(";")) {
                String statement = current.toString().strip();
                statement = withParameters(statement.substring(0, statement.length() - 1).strip());
                statements.add(statement);
                if (name != null) {
                    named.put(name, statement);
                }
                current.setLength(0);
                name = null;
            }
        }
        if (!current.toString().isBlank()) {
            String statement = withParameters(current.toString().strip());
            statements.add(statement);
            if (name != null) {
                named.put(name, statement);
            }
        }
        return new CypherFile(path, Map.copyOf(named), List.copyOf(statements));
    }

    /** The statement with an example line, if it begins with one, binding parameters of the same names instead. */
    static String withParameters(String statement) {
        int end = statement.indexOf('\n');
        String first = end < 0 ? statement : statement.substring(0, end);
        if (!EXAMPLE_LINE.matcher(first.strip()).matches()) {
            return statement;
        }
        Matcher item = EXAMPLE.matcher(first);
        StringBuilder bound = new StringBuilder();
        while (item.find()) {
            bound.append(bound.length() == 0 ? "WITH " : ", ").append('$').append(item.group(2)).append(" AS ").append(item.group(2));
        }
        return bound + (end < 0 ? "" : statement.substring(end));
    }

    /** The statement named {@code name}. */
    public String statement(String name) {
        String s = named.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no statement named '" + name + "' in " + path);
        }
        return s;
    }

    /** The only statement of a single-query file. */
    public String single() {
        if (statements.size() != 1) {
            throw new IllegalStateException(path + " holds " + statements.size() + " statements, expected one");
        }
        return statements.get(0);
    }

    /** All statements in file order. */
    public List<String> statements() {
        return statements;
    }

    /** The file's path under {@code cypher/}. */
    public String path() {
        return path;
    }
}
