package io.headwater.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.filter.OncePerRequestFilter;

import io.headwater.BrowserScripts;
import io.headwater.Headwater;
import io.headwater.SeedLines;
import io.headwater.TestArticles;
import io.headwater.TestGraph;
import io.headwater.cli.DemoCorpus;
import io.headwater.ingest.ArticleMetadata;
import tools.jackson.databind.JsonNode;

/**
 * The explorer page in real headless Chromium (src/test/browser/explorer.mjs) against the real server over the test
 * graph: a claim pasted into the search box is traced to its carriers, its agency and its primary source; an
 * article's chain is a graph whose links open their evidence sentence highlighted in the text; the page fits a
 * phone; the ingest form lands on the new article. The server sends a strict Content-Security-Policy (same-origin
 * scripts and styles, nothing inline) so that the page is tested as it must run. Screenshots go to target/browser.
 */
@SpringBootTest(classes = ServerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "headwater.api.token=" + ArticleApiIT.TOKEN)
@ContextConfiguration(initializers = TestGraphInitializer.class)
@Import(ExplorerBrowserIT.StrictPolicy.class)
class ExplorerBrowserIT {

    private static final Path SEEDS = Path.of("../shared/corpus/seeds");
    private static final Duration TIME = Duration.ofMinutes(4);

    @LocalServerPort
    int port;

    /** The policy the page must live with: same-origin scripts, styles, images and requests; nothing inline. */
    @TestConfiguration
    static class StrictPolicy {
        @Bean
        FilterRegistrationBean<OncePerRequestFilter> strictContentSecurityPolicy() {
            return new FilterRegistrationBean<>(new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                        throws ServletException, IOException {
                    response.setHeader("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; "
                            + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
                    chain.doFilter(request, response);
                }
            });
        }
    }

    @BeforeEach
    void browserHere() {
        BrowserScripts.assumeAvailable();
        TestGraph.clear();
    }

    private JsonNode explore(Map<String, String> expect) {
        return BrowserScripts.run("explorer.mjs", "http://127.0.0.1:" + port, TIME, expect);
    }

    @Test
    void onTheDemoCorpusAClaimLeadsThroughAfpToTheReportAndEachLinkShowsItsSentence() {
        Headwater hw = TestGraph.headwater();
        DemoCorpus.load(hw);
        TestGraph.awaitSearch();
        Map<String, String> expect = new HashMap<>(Map.of(
                "HEADWATER_CLAIM", "\"According to a flag state, unregistered trawlers landed catch worth more than $120 million "
                        + "at three ports in West Africa and South Asia,\"",
                "HEADWATER_OUTLETS", "Riverside Daily|Harbour Times",
                "HEADWATER_PRIMARY", "International Maritime Compliance Panel report, March 2024",
                "HEADWATER_THROUGH", "Agence France-Presse",
                "HEADWATER_OPEN", "Harbour Times",
                "HEADWATER_SHOTS", "explorer"));
        expect.put("HEADWATER_TOKEN", ArticleApiIT.TOKEN);
        JsonNode found = explore(expect);
        assertThat(found.get("evidence").asString()).contains("a report by Agence France-Presse quoted the confidential report");
        assertThat(found.get("credit").asString()).isEqualTo("Photo credit: Reuters");
        assertThat(found.get("ingested").asString()).contains("<img src=x");
        for (String shot : new String[] {"explorer-claim.png", "explorer-article.png", "explorer-phone.png"}) {
            assertThat(BrowserScripts.SCREENSHOTS.resolve(shot)).exists();
        }
    }

    @Test
    void onTheSeedsTheFiftyMillionSentenceLeadsThroughYonhapToTheUnReportWionFirst() {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/corpus/seeds is absent: the seeds' browser check is skipped");
        Headwater hw = TestGraph.headwater();
        hw.ingest(TestArticles.file(SEEDS.resolve("000_9363e56cca82e286.txt")), ArticleMetadata.NONE);
        hw.ingest(TestArticles.file(SEEDS.resolve("003_1cd5954b93557101.txt")), new ArticleMetadata("IBTimes Singapore", null, null));
        TestGraph.awaitSearch();
        JsonNode found = explore(Map.of(
                "HEADWATER_CLAIM", SeedLines.lineUpTo("000_9363e56cca82e286.txt", "$50 million", ",\""),
                "HEADWATER_OUTLETS", "WION|International Business Times",
                "HEADWATER_PRIMARY", "Panel of Experts established pursuant to resolution 1874 (2009) report, February 2022",
                "HEADWATER_THROUGH", "Yonhap News Agency",
                "HEADWATER_OPEN", "WION",
                "HEADWATER_SHOTS", "explorer-seeds"));
        assertThat(found.get("evidence").asString()).contains("a report by Yonhap News Agency quoted the confidential report");
    }
}
