package io.headwater;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the headless-Chromium scripts of {@code src/test/browser} (Playwright's {@code playwright-core} from npm,
 * driving Debian's {@code chromium}) against a server a test started, and hands back what each script found.
 * <p>
 * A browser test calls {@link #assumeAvailable()} first: without Chromium or Node.js it is skipped with a message
 * saying what is missing, unless {@code HEADWATER_BROWSER_TESTS=required} (as {@code .ci/run} sets it), where it
 * fails instead, so CI cannot pass by skipping. The npm package is installed on first use ({@code npm ci}, from the
 * lock file). Screenshots go to {@code target/browser}.
 */
public final class BrowserScripts {

    /** The folder of the scripts and their {@code package.json}. */
    public static final Path DIR = Path.of("src/test/browser");
    /** Where scripts save their screenshots. */
    public static final Path SCREENSHOTS = Path.of("target/browser");

    private static final Duration INSTALL_TIME = Duration.ofMinutes(5);
    private static String chromium;

    private BrowserScripts() {
    }

    /** Skips the calling test (or fails it, when browser tests are required) unless Chromium and Node.js are here. */
    public static synchronized void assumeAvailable() {
        String missing = missing();
        if (missing == null) {
            return;
        }
        if ("required".equalsIgnoreCase(System.getenv("HEADWATER_BROWSER_TESTS"))) {
            throw new IllegalStateException("browser tests are required (HEADWATER_BROWSER_TESTS=required) but " + missing);
        }
        Assumptions.abort("browser test skipped: " + missing
                + " (install Debian's chromium and Node.js 20+; set HEADWATER_CHROMIUM for another Chromium)");
    }

    private static String missing() {
        if (chromium == null) {
            chromium = findChromium();
        }
        if (chromium == null) {
            return "no Chromium found (HEADWATER_CHROMIUM, /usr/bin/chromium, /usr/bin/chromium-browser)";
        }
        if (!works("node", "--version")) {
            return "no Node.js on the PATH";
        }
        if (!Files.isDirectory(DIR.resolve("node_modules/playwright-core"))) {
            if (!works("npm", "--version")) {
                return "no npm on the PATH to install playwright-core";
            }
            Result install = exec(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), INSTALL_TIME);
            if (install.code != 0) {
                return "npm ci in " + DIR + " failed: " + install.err;
            }
        }
        return null;
    }

    private static String findChromium() {
        List<String> candidates = new ArrayList<>();
        String given = System.getenv("HEADWATER_CHROMIUM");
        if (given != null && !given.isBlank()) {
            candidates.add(given);
        }
        candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser"));
        return candidates.stream().filter(c -> Files.isExecutable(Path.of(c))).findFirst().orElse(null);
    }

    private static boolean works(String... command) {
        try {
            return exec(List.of(command), Map.of(), Duration.ofSeconds(30)).code == 0;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /**
     * Runs {@code script} (a file of {@link #DIR}) against {@code baseUrl} and returns the JSON it printed last;
     * fails with the script's own message when a check of it did not hold.
     */
    public static JsonNode run(String script, String baseUrl, Duration timeout) {
        return run(script, baseUrl, timeout, Map.of());
    }

    /**
     * Runs {@code script} as {@link #run(String, String, Duration)} does, with {@code env} added to its environment:
     * what the script should find, when it depends on what the test loaded.
     */
    public static JsonNode run(String script, String baseUrl, Duration timeout, Map<String, String> env) {
        assumeAvailable();
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Path out = SCREENSHOTS.toAbsolutePath();
        Map<String, String> environment = new HashMap<>(env);
        environment.put("HEADWATER_CHROMIUM", chromium);
        Result r = exec(List.of("node", script, baseUrl, out.toString()), environment, timeout);
        if (r.code != 0) {
            throw new AssertionError(script + " failed (exit " + r.code + "): " + r.err.strip());
        }
        List<String> lines = r.out.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new AssertionError(script + " printed no findings; stderr: " + r.err.strip());
        }
        return JsonMapper.builder().build().readTree(lines.get(lines.size() - 1));
    }

    private record Result(int code, String out, String err) {
    }

    private static Result exec(List<String> command, Map<String, String> env, Duration timeout) {
        try {
            Path stdout = Files.createTempFile("browser-out", ".txt");
            Path stderr = Files.createTempFile("browser-err", ".txt");
            try {
                ProcessBuilder pb = new ProcessBuilder(command).directory(DIR.toFile())
                        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
                pb.environment().putAll(env);
                Process p = pb.start();
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                    return new Result(-1, Files.readString(stdout), "timed out after " + timeout + ": " + Files.readString(stderr));
                }
                return new Result(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                        Files.readString(stderr, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
