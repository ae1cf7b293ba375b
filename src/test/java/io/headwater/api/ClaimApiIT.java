package io.headwater.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import io.headwater.DemoGraph;

/** The explorer's doors over the demo corpus: claim search, an article's text, ingesting a page by URL, the page itself. */
@SpringBootTest(classes = ServerApplication.class, properties = "headwater.api.token=" + ArticleApiIT.TOKEN)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestGraphInitializer.class)
class ClaimApiIT {

    private static final String CLAIM = "unregistered trawlers landed catch worth more than $120 million at three ports in "
            + "West Africa and South Asia";

    @Autowired
    MockMvc mvc;

    private String harbourTimes;

    /** No test of this class changes the graph (the failed fetch leaves it as it was), so the demo loads once. */
    private static final DemoGraph DEMO = new DemoGraph();

    @BeforeEach
    void demo() {
        harbourTimes = DEMO.load();
    }

    @Test
    void findsTheClaimsCarriersEarliestFirstWithThePrimarySourceFirst() throws Exception {
        mvc.perform(get("/api/claims").param("text", CLAIM))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.primarySources[0].key").value("report:org:international-maritime-compliance-panel:2024-03"))
                .andExpect(jsonPath("$.primarySources[0].through[0].name").value("Agence France-Presse"))
                .andExpect(jsonPath("$.earliest.article.outlet").value("Riverside Daily"))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].article.outlet").value("Riverside Daily"))
                .andExpect(jsonPath("$.items[1].article.outlet").value("Harbour Times"))
                .andExpect(jsonPath("$.items[1].holds").value(1.0))
                .andExpect(jsonPath("$.items[1].chains[0][1].label").value("Agency"))
                .andExpect(jsonPath("$.totalElements").value(2));
    }

    @Test
    void pagesTheCarriers() throws Exception {
        mvc.perform(get("/api/claims").param("text", CLAIM).param("page", "1").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].article.outlet").value("Harbour Times"))
                .andExpect(jsonPath("$.totalPages").value(2));
        mvc.perform(get("/api/claims").param("text", CLAIM).param("size", "500"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aClaimTooShortToSearchIsAProblemThatSaysWhatToDo() throws Exception {
        mvc.perform(get("/api/claims").param("text", "AFP quoted it"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("at least 8")));
        mvc.perform(get("/api/claims"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void servesAnArticlesTextForItsOffsets() throws Exception {
        mvc.perform(get("/api/articles/{id}/text", harbourTimes))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(harbourTimes))
                .andExpect(jsonPath("$.text", startsWith("Vessels flying flags of convenience")));
        mvc.perform(get("/api/articles/{id}/text", "a-0000000000000000"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aPageThatCannotBeFetchedIsAProblemAndTheGraphStaysAsItWas() throws Exception {
        mvc.perform(post("/api/articles").header("Authorization", "Bearer " + ArticleApiIT.TOKEN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"url\": \"http://127.0.0.1:9/story\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("cannot ingest http://127.0.0.1:9/story")));
        mvc.perform(get("/api/articles"))
                .andExpect(jsonPath("$.totalElements").value(4));
    }

    @Test
    void listsWhatAnOutletOrAnAgencyPublished() throws Exception {
        mvc.perform(get("/api/entities/{key}/published", "outlet:riverside-daily"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.items[0].kind").value("article"))
                .andExpect(jsonPath("$.items[0].published").value("2024-03-14"));
        mvc.perform(get("/api/entities/{key}/published", "afp"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].kind").value("story"))
                .andExpect(jsonPath("$.items[0].inferred").value(true));
        mvc.perform(get("/api/entities/{key}/published", "outlet:nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void describesTheNewDoorsInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/claims'].get.parameters[0].name").value("text"))
                .andExpect(jsonPath("$.paths['/api/articles/{id}/text']").exists())
                .andExpect(jsonPath("$.paths['/api/entities/{key}/published']").exists());
    }

    @Test
    void servesTheExplorerPageAtTheRoot() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(forwardedUrl("index.html"));
        mvc.perform(get("/index.html"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<script src=\"explorer.js\"")));
        mvc.perform(get("/explorer.css"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"));
    }
}
