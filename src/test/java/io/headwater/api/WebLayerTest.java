package io.headwater.api;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.headwater.Headwater;
import io.headwater.HeadwaterSettings;
import io.headwater.trace.EntitySummary;
import io.headwater.trace.ProvenanceTracer;

/**
 * The web layer alone, in the fast tier: the write guard, ETags and caching headers, problem+json errors and the
 * OpenAPI description, with the facade mocked (what the graph answers is not what these check). The same doors over
 * the real graph and the demo corpus are {@link ApiDoorsIT}.
 */
@WebMvcTest(properties = "headwater.api.token=" + WebLayerTest.TOKEN)
@EnableConfigurationProperties(HeadwaterSettings.class)
@ImportAutoConfiguration({SpringDocConfiguration.class, SpringDocConfigProperties.class, SpringDocWebMvcConfiguration.class})
class WebLayerTest {

    static final String TOKEN = "slice-token-0123456789";
    private static final EntitySummary AGENCY = new EntitySummary("agency:afp", "Agency", "Agence France-Presse", null, null,
            List.of("AFP"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Headwater headwater;

    @MockitoBean
    ArticleRepository articles;

    private final ProvenanceTracer tracer = Mockito.mock(ProvenanceTracer.class);

    @BeforeEach
    void facade() {
        when(headwater.tracer()).thenReturn(tracer);
        when(tracer.entity("agency:afp")).thenReturn(Optional.of(AGENCY));
        when(tracer.entity("agency:none")).thenReturn(Optional.empty());
    }

    @Test
    void aWriteWithoutTheTokenIsRefusedAsProblemJsonBeforeTheGraphIsTouched() throws Exception {
        String body = "{\"text\": \"Port reopens\\n\\nThe port reopened, officials said.\"}";
        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:headwater:problem:unauthorized"))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(delete("/api/articles/{id}", "a-1").header("Authorization", "Bearer wrong"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:headwater:problem:forbidden"));
        verify(headwater, never()).delete("a-1");
    }

    @Test
    void aWriteWithTheTokenReachesTheFacade() throws Exception {
        when(headwater.delete("a-1")).thenReturn(true);
        mvc.perform(delete("/api/articles/{id}", "a-1").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isNoContent())
                .andExpect(header().string("Cache-Control", "no-store"));
        verify(headwater).delete("a-1");
    }

    @Test
    void readsAreOpenAndCarryAnEtagThatRevalidates() throws Exception {
        MvcResult first = mvc.perform(get("/api/entities/{key}", "agency:afp"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Agence France-Presse"))
                .andExpect(header().exists("ETag"))
                .andExpect(header().string("Cache-Control", containsString("must-revalidate")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn();
        String etag = first.getResponse().getHeader("ETag");
        mvc.perform(get("/api/entities/{key}", "agency:afp").header("If-None-Match", etag))
                .andExpect(status().isNotModified());
        mvc.perform(get("/api/entities/{key}", "agency:afp").header("If-None-Match", "\"another\""))
                .andExpect(status().isOk());
    }

    @Test
    void whatAClientCanActOnComesBackAsProblemJson() throws Exception {
        mvc.perform(get("/api/entities/{key}", "agency:none"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:headwater:problem:not-found"));
        mvc.perform(get("/api/entities").param("label", "Planet"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:headwater:problem:bad-request"))
                .andExpect(jsonPath("$.detail").value(containsString("Outlet, Agency, Report, Source, Story")));
    }

    @Test
    void openApiDescribesTheEndpointsAndTheTokenWritesNeed() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Headwater API"))
                .andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/articles'].post.security[0].token").exists())
                .andExpect(jsonPath("$.paths['/api/articles/{id}'].delete.security[0].token").exists())
                .andExpect(jsonPath("$.paths['/api/entities/{key}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/search']").exists())
                .andExpect(jsonPath("$.paths['/api/reports/articles/{id}']").exists());
    }
}
