package io.headwater.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import io.headwater.Headwater;
import io.headwater.TestGraph;
import io.headwater.cli.DemoCorpus;

/** The REST API over the real test graph holding the demo corpus. */
@SpringBootTest(classes = ServerApplication.class, properties = "headwater.api.token=" + ArticleApiTest.TOKEN)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestGraphInitializer.class)
class ArticleApiTest {

    static final String TOKEN = "test-token";

    @Autowired
    MockMvc mvc;

    private String harbourTimes;

    @BeforeEach
    void demo() {
        TestGraph.clear();
        List<Headwater.IngestResult> loaded = DemoCorpus.load(TestGraph.headwater());
        harbourTimes = loaded.get(0).id();
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
                .andExpect(jsonPath("$", hasSize(2)));
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
    void refusesAnEmptyArticleWithAProblem() throws Exception {
        mvc.perform(post("/api/articles").header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"  \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void servesTheWionSeedsChainReportYonhapWion() throws Exception {
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
