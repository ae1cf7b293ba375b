package io.headwater.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import io.headwater.Headwater;
import io.headwater.HeadwaterSettings;
import io.headwater.api.ApiAccess;
import io.headwater.api.ServerApplication;
import io.headwater.graph.GraphSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code serve}: the REST API over the graph, with the embedded database and Neo4j Browser by default. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the REST API (the default command).",
                "With no --uri it starts the embedded Neo4j, with Bolt and Neo4j Browser on 127.0.0.1. An empty graph gets the "
                        + "built-in demo articles; articles named as PATH replace the demo ones (only those: other articles stay)."})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    GraphOptions graph = new GraphOptions();

    @Mixin
    ArticleBudgetOption budget = new ArticleBudgetOption();

    @Option(names = "--port", defaultValue = "${env:HEADWATER_PORT:-8080}", description = "HTTP port for REST (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bolt-port", defaultValue = "" + GraphSettings.DEFAULT_BOLT_PORT,
            description = "Bolt port of the embedded database (default: ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--browser-port", defaultValue = "" + GraphSettings.DEFAULT_BROWSER_PORT,
            description = "Port for Neo4j Browser beside the embedded database; -1 disables it (default: ${DEFAULT-VALUE}).")
    int browserPort;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet of the articles at PATH when their text does not name it.")
    String outlet;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Articles to load (files, directories, WARC files or URLs) instead of the demo corpus.")
    List<String> paths = List.of();

    @Override
    public Integer call() {
        HeadwaterSettings settings = graph.settings(boltPort, browserPort, budget.seconds, HeadwaterSettings.DEFAULTS.fetchTimeout());
        Headwater hw = Headwater.open(settings.graph("--uri"), settings.reuseIndex(), settings.articleBudget("--article-budget"));
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            StartupLoader.load(hw, paths, outlet, System.err);
            ConfigurableApplicationContext context = ServerApplication.start(hw, port);
            context.addApplicationListener((ContextClosedEvent e) -> {
                hw.close();
                stopped.countDown();
            });
            System.err.println(StartupLoader.banner(hw, port, context.getBean(ApiAccess.class)));
        } catch (RuntimeException e) {
            hw.close();
            throw e;
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
