package io.headwater.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
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
import org.springframework.test.web.servlet.MvcResult;

import io.headwater.DemoGraph;

/** Lookups, search, reports, OpenAPI, caching and the write guard, over the demo corpus. */
@SpringBootTest(classes = ServerApplication.class, properties = "headwater.api.token=" + ArticleApiIT.TOKEN)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestGraphInitializer.class)
class ApiDoorsIT {

    static final String TOKEN = ArticleApiIT.TOKEN;
    private static final String REPORT = "report:org:international-maritime-compliance-panel:2024-03";

    @Autowired
    MockMvc mvc;

    private static final DemoGraph DEMO = new DemoGraph();

    private String harbourTimes;

    @BeforeEach
    void demo() {
        harbourTimes = DEMO.load();
    }

    @Test
    void openApiDescribesEveryEndpoint() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/articles']").exists())
                .andExpect(jsonPath("$.paths['/api/articles/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/articles/{id}/provenance']").exists())
                .andExpect(jsonPath("$.paths['/api/articles/{id}/report']").exists())
                .andExpect(jsonPath("$.paths['/api/articles/{id}/reuse']").exists())
                .andExpect(jsonPath("$.paths['/api/sources/{key}/derived']").exists())
                .andExpect(jsonPath("$.paths['/api/entities']").exists())
                .andExpect(jsonPath("$.paths['/api/entities/{key}']").exists())
                .andExpect(jsonPath("$.paths['/api/outlets']").exists())
                .andExpect(jsonPath("$.paths['/api/agencies']").exists())
                .andExpect(jsonPath("$.paths['/api/documents']").exists())
                .andExpect(jsonPath("$.paths['/api/sources']").exists())
                .andExpect(jsonPath("$.paths['/api/search']").exists())
                .andExpect(jsonPath("$.paths['/api/quotes/{key}']").exists())
                .andExpect(jsonPath("$.paths['/api/reports/articles/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/reports/sources/{key}']").exists());
    }

    @Test
    void servesAnArticlesReuseWithPassagesSideBySide() throws Exception {
        mvc.perform(get("/api/articles/{id}/reuse", harbourTimes))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.article.id").value(harbourTimes))
                .andExpect(jsonPath("$.reuse", hasSize(1)))
                .andExpect(jsonPath("$.reuse[0].otherOutlet").value("Riverside Daily"))
                .andExpect(jsonPath("$.reuse[0].reuseClass").value("DERIVED_FROM"))
                .andExpect(jsonPath("$.reuse[0].direction").value("common-upstream"))
                .andExpect(jsonPath("$.reuse[0].passages[*].text", hasItem(containsString("$120 million"))))
                .andExpect(jsonPath("$.reuse[0].passages[*].otherText", hasItem(containsString("$120 million"))));
        mvc.perform(get("/api/articles/{id}/reuse", "a-0000000000000000")).andExpect(status().isNotFound());
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void findsEntitiesByAliasAndByKind() throws Exception {
        mvc.perform(get("/api/agencies").param("name", "AFP"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].key").value("afp"));
        mvc.perform(get("/api/outlets"))
                .andExpect(jsonPath("$.items[*].name", hasItem("Riverside Daily")))
                .andExpect(jsonPath("$.totalElements").value(3));
        mvc.perform(get("/api/entities/{key}", REPORT))
                .andExpect(jsonPath("$.label").value("Report"));
    }

    @Test
    void searchesHeadlinesAndQuotes() throws Exception {
        mvc.perform(get("/api/search").param("q", "beacons"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].kind", hasItem("quote")));
        mvc.perform(get("/api/search").param("q", "trawler licences"))
                .andExpect(jsonPath("$.items[*].kind", hasItem("article")));
        mvc.perform(get("/api/search").param("q", "\"unbalanced (query"))
                .andExpect(status().isOk());
    }

    @Test
    void searchesLuceneOperatorWordsAsWordsAndRefusesPagesTooDeepWithoutAServerError() throws Exception {
        for (String q : List.of("NOT", "AND", "OR OR", "beacons AND", "NOT beacons", "TO")) {
            mvc.perform(get("/api/search").param("q", q)).andExpect(status().isOk());
        }
        mvc.perform(get("/api/search").param("q", "NOT beacons"))
                .andExpect(jsonPath("$.items[*].kind", hasItem("quote")));
        mvc.perform(get("/api/search").param("q", "beacons").param("page", "2147483647"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("page * size + size")));
    }

    @Test
    void aUrlOnALocalAddressIsRefusedAsTheCommandLineRefusesIt() throws Exception {
        mvc.perform(post("/api/articles").header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"http://127.0.0.1:9/story\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("local or private address")));
        mvc.perform(post("/api/articles").header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outlet\": \"Nobody\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("{\"url\"")));
    }

    @Test
    void servesReportsInEveryFormat() throws Exception {
        for (String f : List.of("md", "html", "json", "prov-json", "prov-n")) {
            mvc.perform(get("/api/reports/articles/{id}", harbourTimes).param("format", f)).andExpect(status().isOk());
            mvc.perform(get("/api/reports/sources/{key}", REPORT).param("format", f)).andExpect(status().isOk());
        }
        mvc.perform(get("/api/reports/articles/{id}", harbourTimes).param("format", "html"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<svg")));
        mvc.perform(get("/api/reports/articles/{id}", harbourTimes).param("format", "pdf"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("prov-n")));
    }

    @Test
    void readsCarryEtagsAndRevalidate() throws Exception {
        MvcResult first = mvc.perform(get("/api/articles/{id}/provenance", harbourTimes))
                .andExpect(header().exists("ETag"))
                .andExpect(header().string("Cache-Control", containsString("must-revalidate")))
                .andReturn();
        String etag = first.getResponse().getHeader("ETag");
        mvc.perform(get("/api/articles/{id}/provenance", harbourTimes).header("If-None-Match", etag))
                .andExpect(status().isNotModified());
    }

    @Test
    void writesNeedTheToken() throws Exception {
        String body = "{\"text\": \"Port reopens\\n\\nThe port reopened, officials said.\"}";
        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/articles").header("Authorization", "Bearer wrong").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/articles/{id}", harbourTimes)).andExpect(status().isUnauthorized());
    }

    @Test
    void deletingAnArticleLeavesTheOthersChainsIntact() throws Exception {
        DEMO.changed();
        mvc.perform(delete("/api/articles/{id}", harbourTimes).header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/articles/{id}", harbourTimes)).andExpect(status().isNotFound());
        mvc.perform(get("/api/sources/{key}/derived", REPORT))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].outlet").value("Riverside Daily"));
        mvc.perform(delete("/api/articles/{id}", harbourTimes).header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isNotFound());
    }
}
