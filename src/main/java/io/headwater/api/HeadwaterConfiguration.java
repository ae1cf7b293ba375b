package io.headwater.api;

import org.neo4j.driver.Driver;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.headwater.Headwater;
import io.headwater.HeadwaterSettings;

/**
 * Beans for running the REST application without the command line: the facade, opened as the {@code headwater.*}
 * properties say ({@link HeadwaterSettings}, with the defaults the command line has too), and its driver.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HeadwaterSettings.class)
class HeadwaterConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    Headwater headwater(HeadwaterSettings settings) {
        return Headwater.open(settings.graph("headwater.neo4j.uri"), settings.reuseIndex(),
                settings.articleBudget("headwater.article-budget"));
    }

    @Bean
    @ConditionalOnMissingBean
    Driver neo4jDriver(Headwater headwater) {
        return headwater.graph().driver();
    }
}
