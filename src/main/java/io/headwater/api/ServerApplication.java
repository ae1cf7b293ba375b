package io.headwater.api;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import io.headwater.Headwater;

/**
 * The REST application. {@link #start} runs it over a {@link Headwater} the command line opened; run
 * on its own (tests, {@code spring-boot:run}) it opens one from {@code headwater.*} properties.
 */
@SpringBootApplication
public class ServerApplication {

    /** Starts the REST server on {@code port} over {@code hw}; returns the running context. */
    public static ConfigurableApplicationContext start(Headwater hw, int port) {
        SpringApplication app = new SpringApplication(ServerApplication.class);
        app.setDefaultProperties(Map.of("server.port", String.valueOf(port)));
        app.addInitializers(ctx -> {
            ctx.getBeanFactory().registerSingleton("headwater", hw);
            ctx.getBeanFactory().registerSingleton("neo4jDriver", hw.graph().driver());
        });
        return app.run();
    }

    public static void main(String[] args) {
        SpringApplication.run(ServerApplication.class, args);
    }

}
