package io.headwater.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import io.headwater.DemoGraph;
import io.headwater.TestGraph;

/** The REST API over the real test graph holding the demo corpus. */
@SpringBootTest(classes = ServerApplication.class, properties = "headwater.api.token=" + ArticleApiIT.TOKEN)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestGraphInitializer.class)
class ArticleApiIT {

    static final String TOKEN = "test-token";

    @Autowired
    MockMvc mvc;

    private String harbourTimes;

    /** Loaded again only after a test that adds or changes an article (those call {@code DEMO.changed()} first). */
    private static final DemoGraph DEMO = new DemoGraph();

    @BeforeEach
    void demo() {
        harbourTimes = DEMO.load();
    }

    @Test
    void listsArticlesInPages() throws Exception {
        mvc.perform(get("/api/articles").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.totalElements").value(4))
                .andExpect(jsonPath("$.totalPages").value(2));
    }

    @Test
    void servesAnArticlesProvenanceChain() throws Exception {
        mvc.perform(get("/api/articles/{id}/provenance", harbourTimes))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.article.outlet").value("Harbour Times"))
                .andExpect(jsonPath("$.chains", hasSize(1)))
                .andExpect(jsonPath("$.chains[0][0].label").value("Report"))
                .andExpect(jsonPath("$.chains[0][1].label").value("Agency"))
                .andExpect(jsonPath("$.chains[0][1].name").value("Agence France-Presse"))
                .andExpect(jsonPath("$.chains[0][2].label").value("Outlet"))
                .andExpect(jsonPath("$.chains[0][0].evidence.sentence", containsString("quoted the confidential report")));
    }

    @Test
    void servesTheMarkdownReport() throws Exception {
        mvc.perform(get("/api/articles/{id}/report", harbourTimes))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("```mermaid")))
                .andExpect(content().string(containsString("Agence France-Presse")));
    }

    @Test
    void listsWhatDerivesFromASource() throws Exception {
        mvc.perform(get("/api/sources/{key}/derived", "report:org:international-maritime-compliance-panel:2024-03"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.size").value(50));
    }

    @Test
    void pagesWhatDerivesFromASourceOneItemAtATimeWithoutRepeats() throws Exception {
        String report = "report:org:international-maritime-compliance-panel:2024-03";
        String first = JsonPath.read(mvc.perform(get("/api/sources/{key}/derived", report).param("size", "1"))
                .andExpect(jsonPath("$.items", hasSize(1))).andReturn().getResponse().getContentAsString(), "$.items[0].articleId");
        String second = JsonPath.read(mvc.perform(get("/api/sources/{key}/derived", report).param("size", "1").param("page", "1"))
                .andExpect(jsonPath("$.items", hasSize(1))).andReturn().getResponse().getContentAsString(), "$.items[0].articleId");
        assertThat(second).isNotEqualTo(first);
        mvc.perform(get("/api/sources/{key}/derived", report).param("size", "1").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void refusesAPageLargerThanTheBound() throws Exception {
        mvc.perform(get("/api/sources/{key}/derived", "report:org:international-maritime-compliance-panel:2024-03")
                        .param("size", "201"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("size between 1 and 200")));
    }

    @Test
    void unknownArticlesAreProblems() throws Exception {
        mvc.perform(get("/api/articles/{id}/provenance", "a-0000000000000000"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("no article with id")));
    }

    @Test
    void ingestsOneArticleOnceThenReportsItExists() throws Exception {
        DEMO.changed();
        String body = """
                {"text": "Port reopens\\n\\nThe port reopened on Monday, the harbour authority said.", "outlet": "Test Gazette",
                 "published": "2024-05-06"}""";
        mvc.perform(post("/api/articles").header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/articles/a-")))
                .andExpect(jsonPath("$.created").value(true));
        mvc.perform(post("/api/articles").header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(false));
    }

    @Test
    void anotherOutletsCopyIsCreatedAndARepeatFillsInWhatWasMissing() throws Exception {
        DEMO.changed();
        String text = "Port reopens\\n\\nThe port reopened on Monday after three days of repairs to the breakwater, the harbour authority said.";
        String first = mvc.perform(post("/api/articles").header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"" + text + "\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(post("/api/articles").header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"" + text + "\", \"outlet\": \"Test Gazette\", \"published\": \"2024-05-06\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("Location", first))
                .andExpect(jsonPath("$.created").value(false))
                .andExpect(jsonPath("$.filledIn", contains("outlet", "published")));
        mvc.perform(post("/api/articles").header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"" + text + "\", \"outlet\": \"Other Courier\", \"url\": \"https://courier.example/port\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", not(first)))
                .andExpect(jsonPath("$.created").value(true));
        mvc.perform(get(first)).andExpect(jsonPath("$.outlet").value("Test Gazette"));
        mvc.perform(get("/api/articles").param("url", "https://courier.example/port"))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].outlet").value("Other Courier"));
    }

    @Test
    void correctsAnArticlesOutletAddressAndDateWithoutDeletingIt() throws Exception {
        DEMO.changed();
        long quotes = TestGraph.query("MATCH (:Article {id: $id})-[:QUOTES]->(q) RETURN count(q) AS n", "id", harbourTimes)
                .get(0).get("n").asLong();
        mvc.perform(patch("/api/articles/{id}", harbourTimes).header("Authorization", "Bearer " + TOKEN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outlet\": \"Harbour Times Weekly\", \"url\": \"https://harbour.example/fleets\", \"published\": \"2024-03-15\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(harbourTimes))
                .andExpect(jsonPath("$.outlet").value("Harbour Times Weekly"))
                .andExpect(jsonPath("$.url").value("https://harbour.example/fleets"))
                .andExpect(jsonPath("$.published").value("2024-03-15"));
        mvc.perform(get("/api/articles/{id}/provenance", harbourTimes))
                .andExpect(jsonPath("$.chains[0][2].name").value("Harbour Times Weekly"))
                .andExpect(jsonPath("$.quotes", hasSize((int) quotes)));
        // The outlet nothing is published by any more is gone; only the date changes, the outlet stays.
        assertThat(TestGraph.query("MATCH (o:Outlet {name: 'Harbour Times'}) RETURN count(o) AS n").get(0).get("n").asLong()).isZero();
        mvc.perform(patch("/api/articles/{id}", harbourTimes).header("Authorization", "Bearer " + TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"published\": \"14 March 2024\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outlet").value("Harbour Times Weekly"))
                .andExpect(jsonPath("$.published").value("2024-03-14"));
    }

    @Test
    void refusesCorrectionsItCannotMakeWithProblems() throws Exception {
        String ok = "{\"outlet\": \"Harbour Times Weekly\"}";
        mvc.perform(patch("/api/articles/{id}", harbourTimes).contentType(MediaType.APPLICATION_JSON).content(ok))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(patch("/api/articles/{id}", "a-0000000000000000").header("Authorization", "Bearer " + TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content(ok))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        for (String bad : List.of("{}", "{\"published\": \"someday\"}", "{\"url\": \"file:///etc/passwd\"}", "{\"outlet\": \" \"}")) {
            mvc.perform(patch("/api/articles/{id}", harbourTimes).header("Authorization", "Bearer " + TOKEN)
                            .contentType(MediaType.APPLICATION_JSON).content(bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").isNotEmpty());
        }
        mvc.perform(get("/api/articles/{id}", harbourTimes)).andExpect(jsonPath("$.outlet").value("Harbour Times"));
    }

    @Test
    void aCorrectionThatWouldMakeTwoPublicationsOneIsAConflict() throws Exception {
        DEMO.changed();
        String text = "Port reopens\\n\\nThe port reopened on Monday after three days of repairs to the breakwater, the harbour authority said.";
        String first = ingest(text, "Test Gazette");
        String second = ingest(text, "Other Courier");
        mvc.perform(patch(second).header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outlet\": \"Test Gazette\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString(first.substring(first.lastIndexOf('/') + 1))));
        mvc.perform(get(second)).andExpect(jsonPath("$.outlet").value("Other Courier"));
    }

    @Test
    void theCorrectionIsInTheOpenApiDescription() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/articles/{id}'].patch.security").isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/articles/{id}'].patch.requestBody").exists());
    }

    private String ingest(String text, String outlet) throws Exception {
        return mvc.perform(post("/api/articles").header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"" + text + "\", \"outlet\": \"" + outlet + "\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
    }

    @Test
    void refusesAnEmptyArticleWithAProblem() throws Exception {
        mvc.perform(post("/api/articles").header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"  \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void servesTheWionSeedsChainReportYonhapWion() throws Exception {
        DEMO.changed();
        java.nio.file.Path seed = java.nio.file.Path.of("../shared/corpus/seeds/000_9363e56cca82e286.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(seed), "../shared is absent: seed check skipped");
        String id = TestGraph.headwater().ingest(io.headwater.TestArticles.file(seed),
                io.headwater.ingest.ArticleMetadata.NONE).id();
        mvc.perform(get("/api/articles/{id}/provenance", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.chains", hasSize(1)))
                .andExpect(jsonPath("$.chains[0][0].key").value("report:un-panel-of-experts-1874:2022-02"))
                .andExpect(jsonPath("$.chains[0][1].name").value("Yonhap News Agency"))
                .andExpect(jsonPath("$.chains[0][2].name").value("WION"));
        mvc.perform(get("/api/articles/{id}/report", id))
                .andExpect(content().string(containsString("(Report) → **Yonhap News Agency** (Agency, inferred story) → **WION** (Outlet)")));
    }

    @Test
    void refusesABadDate() throws Exception {
        mvc.perform(post("/api/articles").header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Head\\n\\nBody text here.\", \"published\": \"someday\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("ISO-8601")));
    }
}
