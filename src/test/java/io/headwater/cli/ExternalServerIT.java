package io.headwater.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.headwater.Headwater;
import io.headwater.TestGraph;

/**
 * With --uri the commands use that server instead of an embedded one: here the test graph's own Bolt port, with the
 * user and password of its data directory.
 */
class ExternalServerIT {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HeadwaterCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @ParameterizedTest
    @ValueSource(strings = {"bolt", "neo4j"})
    void tracesThroughAServerGivenByUri(String scheme) {
        Headwater hw = TestGraph.headwater();
        TestGraph.clear();
        String id = DemoCorpus.load(hw).get(0).id();
        String uri = scheme + "://127.0.0.1:" + hw.graph().embeddedBolt().getPort();
        var login = hw.graph().embeddedCredentials();
        String[] r = run("trace", "--uri", uri, "--user", login.user(), "--password", login.password(), "--json", id);
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("\"name\" : \"Agence France-Presse\"");
    }
}
