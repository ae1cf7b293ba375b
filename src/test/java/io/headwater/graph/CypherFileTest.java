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
    void anExampleLineForBrowserUsersBecomesParametersForTheApp() {
        CypherFile f = CypherFile.parse("x.cypher", """
                // Browser users run the example as it stands.
                WITH 'a-cb4cc6f412e7777d' AS articleId, 3 AS hops // the example
                MATCH (a:Article {id: articleId})
                RETURN a, hops;
                """);
        assertThat(f.single()).isEqualTo("WITH $articleId AS articleId, $hops AS hops\nMATCH (a:Article {id: articleId})\nRETURN a, hops");
    }

    @Test
    void aWithLineThatIsNotOnlyExamplesStaysAsItIs() {
        CypherFile f = CypherFile.parse("x.cypher", """
                WITH 'a' AS x, toUpper('b') AS y
                RETURN x, y;
                """);
        assertThat(f.single()).startsWith("WITH 'a' AS x, toUpper('b') AS y");
    }

    @Test
    void loadsTheProjectsFilesFromTheClasspath() {
        assertThat(CypherFile.load("schema.cypher").statements()).isNotEmpty();
        assertThat(CypherFile.load("ingest/article.cypher").statement("write")).contains("UNWIND $rows.entities");
    }
}
