package io.headwater.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import io.headwater.Headwater;
import io.headwater.TestGraph;
import io.headwater.eval.NewsLikeText;

/** REST ingest within the article budget: over it, one problem response, soon, and nothing written. */
@SpringBootTest(classes = ServerApplication.class, properties = "headwater.api.token=" + ApiBudgetIT.TOKEN)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = ApiBudgetIT.OneSecondBudget.class)
class ApiBudgetIT {

    static final String TOKEN = "budget-token";

    /** The test graph behind a facade whose articles get one second each (its own reuse index, never closed). */
    static class OneSecondBudget implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                Headwater quick = Headwater.over(TestGraph.headwater().graph(), Files.createTempDirectory("budget-reuse"),
                        Duration.ofSeconds(1));
                context.getBeanFactory().registerSingleton("headwater", quick);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void clear() {
        TestGraph.clear();
    }

    @Test
    void aPostOverTheBudgetGetsAProblemSoonAndWritesNothing() throws Exception {
        String text = new NewsLikeText(new Random(3)).text(2_000_000);
        String body = "{\"text\": \"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
        long start = System.nanoTime();

        mvc.perform(post("/api/articles").header("Authorization", "Bearer " + TOKEN).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("urn:headwater:problem:article-budget-exceeded"))
                .andExpect(jsonPath("$.detail", containsString("the time budget for one article")));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(TestGraph.query("MATCH (n) RETURN count(n) AS n").get(0).get("n").asLong()).isZero();
    }
}
