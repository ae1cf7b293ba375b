package io.headwater.api;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import io.headwater.TestGraph;

/** Puts the shared test graph's facade into a Spring context, as the command line does with its own. */
class TestGraphInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().registerSingleton("headwater", TestGraph.headwater());
    }
}
