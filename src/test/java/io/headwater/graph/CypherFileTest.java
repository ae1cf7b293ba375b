package io.headwater.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CypherFileTest {

    @Test
    void skipsCommentsAndBrowserCommands() {
        CypherFile f = CypherFile.parse("x.cypher", """
                // a comment
                :param id => 'a-1';

                MATCH (a:Article {id: $id})
                RETURN a;
                """);
        assertThat(f.single()).isEqualTo("MATCH (a:Article {id: $id})\nRETURN a");
    }

    @Test
    void namesStatements() {
        CypherFile f = CypherFile.parse("x.cypher", """
                // name: one
                RETURN 1;
                // name: two
                RETURN 2;
                """);
        assertThat(f.statement("two")).isEqualTo("RETURN 2");
        assertThat(f.statements()).hasSize(2);
        assertThatThrownBy(() -> f.statement("three")).hasMessageContaining("three");
    }

    @Test
    void loadsTheProjectsFilesFromTheClasspath() {
        assertThat(CypherFile.load("schema.cypher").statements()).isNotEmpty();
        assertThat(CypherFile.load("ingest/article.cypher").statement("write")).contains("UNWIND $entities");
    }
}
