package io.headwater.api;

import java.net.URI;
import java.nio.file.Path;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.headwater.Headwater;
import io.headwater.graph.GraphSettings;
import io.headwater.ingest.Deadline;

/** Beans for running the REST application without the command line: the facade and its driver. */
@Configuration(proxyBeanMethods = false)
class HeadwaterConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    Headwater headwater(@Value("${headwater.neo4j.uri:${NEO4J_URI:}}") String uri,
                        @Value("${headwater.neo4j.user:${NEO4J_USERNAME:}}") String user,
                        @Value("${headwater.neo4j.password:${NEO4J_PASSWORD:}}") String password,
                        @Value("${headwater.neo4j.database:neo4j}") String database,
                        @Value("${headwater.db:data}") Path db,
                        @Value("${headwater.bolt-port:7687}") int boltPort,
                        @Value("${headwater.browser-port:7474}") int browserPort,
                        @Value("${headwater.reuse-index:${HEADWATER_REUSE_INDEX:}}") String reuseIndex,
                        @Value("${headwater.article-budget:${HEADWATER_ARTICLE_BUDGET:120}}") double budgetSeconds) {
        return Headwater.open(new GraphSettings(uri.isBlank() ? null : URI.create(uri), blank(user), blank(password),
                database, db, boltPort, browserPort), reuseIndex.isBlank() ? null : Path.of(reuseIndex),
                Deadline.seconds(budgetSeconds, "headwater.article-budget"));
    }

    @Bean
    @ConditionalOnMissingBean
    Driver neo4jDriver(Headwater headwater) {
        return headwater.graph().driver();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
