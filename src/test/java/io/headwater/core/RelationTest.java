package io.headwater.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class RelationTest {

    /** A relationship pattern's types: {@code [:A]}, {@code [r:A|B]}, {@code [:A*1..8]}. */
    private static final Pattern PATTERN_TYPES = Pattern.compile("\\[\\w*:([A-Z_|]+)");
    /** The write statement's branches for links between entities: {@code WHEN 'DERIVED_FROM' THEN}. */
    private static final Pattern NAMED_BRANCH = Pattern.compile("WHEN '([A-Z_]+)' THEN");

    @Test
    void theCypherFilesNameExactlyTheRelationsOfTheEnum() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("cypher"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".cypher")).toList()) {
                String cypher = Files.readString(f).lines().filter(l -> !l.strip().startsWith("//"))
                        .collect(Collectors.joining("\n"));
                Matcher m = PATTERN_TYPES.matcher(cypher);
                while (m.find()) {
                    named.addAll(Arrays.asList(m.group(1).split("\\|")));
                }
                Matcher b = NAMED_BRANCH.matcher(cypher);
                while (b.find()) {
                    named.add(b.group(1));
                }
            }
        }
        Set<String> relations = Arrays.stream(Relation.values()).map(Relation::name).collect(Collectors.toCollection(TreeSet::new));
        assertThat(named).isEqualTo(relations);
    }
}
