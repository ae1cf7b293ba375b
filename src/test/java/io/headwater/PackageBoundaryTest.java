package io.headwater;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The runtime never depends on the evaluation tools: no compiled class outside {@code io.headwater.eval} names a class
 * of it, and {@code extract} does not name {@code extract.brat} (the BRAT writer depends on extract, not the reverse).
 * A class file names every class it uses in its constant pool as {@code io/headwater/...}, so a byte search of the
 * compiled classes finds every import, field, call and annotation, also those written with a fully qualified name.
 */
class PackageBoundaryTest {

    private static final Path CLASSES = classesDirectory();

    @Test
    void noRuntimeClassUsesTheEvaluationPackage() {
        assertThat(classesNaming("io/headwater/eval/", file -> !relative(file).startsWith("io/headwater/eval/")))
                .as("runtime classes that use io.headwater.eval (move the code into eval, or register it as a ResearchCommands service)")
                .isEmpty();
    }

    @Test
    void extractDoesNotUseItsBratWriter() {
        assertThat(classesNaming("io/headwater/extract/brat/", file -> relative(file).matches("io/headwater/extract/[^/]+\\.class")))
                .as("classes of io.headwater.extract that use io.headwater.extract.brat")
                .isEmpty();
    }

    @Test
    void theFacadeDoesNotUseItsDoors() {
        // The doors (command line, REST) call the facade; the facade names neither: the jar's main lives in cli.
        assertThat(classesNaming("io/headwater/cli/", PackageBoundaryTest::inRootPackage))
                .as("classes of the root package io.headwater that use io.headwater.cli").isEmpty();
        assertThat(classesNaming("io/headwater/api/", PackageBoundaryTest::inRootPackage))
                .as("classes of the root package io.headwater that use io.headwater.api").isEmpty();
        assertThat(classesNaming("io/headwater/", PackageBoundaryTest::inRootPackage)).contains("io/headwater/Headwater.class");
    }

    @Test
    void theJarStartsInTheCommandLinePackage() throws Exception {
        var pom = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        Class<?> main = Class.forName(pom.getElementsByTagName("mainClass").item(0).getTextContent().strip());
        assertThat(main.getPackageName()).isEqualTo("io.headwater.cli");
        assertThat(java.lang.reflect.Modifier.isStatic(main.getMethod("main", String[].class).getModifiers())).isTrue();
    }

    private static boolean inRootPackage(Path file) {
        return relative(file).matches("io/headwater/[^/]+\\.class");
    }

    @Test
    void theScanSeesTheClassesItGuards() {
        // Guards against a scan of the wrong folder passing vacuously.
        assertThat(classesNaming("io/headwater/eval/", file -> relative(file).startsWith("io/headwater/eval/")))
                .contains("io/headwater/eval/EvaluationCommands.class");
        assertThat(classesNaming("io/headwater/extract/", file -> relative(file).startsWith("io/headwater/extract/brat/")))
                .contains("io/headwater/extract/brat/BratWriter.class");
    }

    private static List<String> classesNaming(String prefix, java.util.function.Predicate<Path> which) {
        byte[] needle = prefix.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(f -> f.toString().endsWith(".class")).filter(which)
                    .filter(f -> contains(read(f), needle)).map(PackageBoundaryTest::relative).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path file) {
        return CLASSES.relativize(file).toString().replace('\\', '/');
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The folder the main classes were compiled into ({@code target/classes}). */
    private static Path classesDirectory() {
        try {
            return Path.of(Headwater.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
