package io.headwater.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file of Cypher statements from the project's {@code cypher/} folder, as the app runs them. Lines
 * starting with {@code //} are comments, except {@code // name: x}, which names the next statement;
 * lines starting with {@code :} (Neo4j Browser commands such as {@code :param}) are skipped; statements
 * end with a semicolon at the end of a line.
 */
public final class CypherFile {

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
                statement = statement.substring(0, statement.length() - 1).strip();
                statements.add(statement);
                if (name != null) {
                    named.put(name, statement);
                }
                current.setLength(0);
                name = null;
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
            if (name != null) {
                named.put(name, current.toString().strip());
            }
        }
        return new CypherFile(path, Map.copyOf(named), List.copyOf(statements));
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
