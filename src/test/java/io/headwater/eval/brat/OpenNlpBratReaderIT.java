package io.headwater.eval.brat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.headwater.core.Span;
import io.headwater.extract.AnnotatedAttribution;
import opennlp.tools.formats.brat.AnnotationConfiguration;
import opennlp.tools.formats.brat.BratAnnotation;
import opennlp.tools.formats.brat.EventAnnotation;
import opennlp.tools.formats.brat.SpanAnnotation;

/**
 * Why {@link BratDocument} is not an adapter over OpenNLP's BRAT reader ({@code opennlp.tools.formats.brat}):
 * read through OpenNLP, the PolNeAR files lose every annotation after a line of fewer than three
 * whitespace-separated fields (an event with only its trigger, or a blank line), and the attributions and a
 * role's spans come out in hash order instead of file order. The test reads every {@code .ann} of PolNeAR's
 * dev and train folders both ways, prints the counts by kind, and checks that the only losses are those files.
 */
class OpenNlpBratReaderIT {

    private static final Path POLNEAR = Path.of("../shared/corpus/polnear");

    private static final AnnotationConfiguration POLNEAR_TYPES = new AnnotationConfiguration(Map.of(
            "Source", AnnotationConfiguration.ENTITY_TYPE, "Cue", AnnotationConfiguration.ENTITY_TYPE,
            "Content", AnnotationConfiguration.ENTITY_TYPE, "Discard", AnnotationConfiguration.ENTITY_TYPE,
            "Discuss", AnnotationConfiguration.ENTITY_TYPE, "Attribution", AnnotationConfiguration.EVENT_TYPE,
            "Attribution-no-source", AnnotationConfiguration.EVENT_TYPE));

    @Test
    void openNlpLosesTheAnnotationsAfterAnEventWithOnlyItsTrigger() throws IOException {
        String text = "Dana said rain is coming.";
        String ann = String.join("\n",
                "T1\tAttribution-no-source 5 9\tsaid",
                "E1\tAttribution-no-source:T1 ",
                "T2\tSource 0 4\tDana",
                "T3\tCue 5 9\tsaid",
                "T4\tContent 10 24\train is coming",
                "E2\tAttribution:T1 Source:T2 Cue:T3 Content:T4") + "\n";

        assertThat(BratDocument.parse(ann, text).attributions())
                .containsExactly(new AnnotatedAttribution(List.of(new Span(0, 4)), List.of(new Span(5, 9)),
                        List.of(new Span(10, 24))));
        assertThat(readWithOpenNlp("dana", text, ann).attributions()).isEmpty();
    }

    @Test
    void everyPolnearFileReadsAlikeUpToOrderUnlessAShortLineCutsOpenNlpShort() throws IOException {
        assumeTrue(Files.isDirectory(POLNEAR.resolve("dev")), "../shared/corpus/polnear is absent");
        Map<String, Integer> kinds = new TreeMap<>();
        List<String> lostWithoutShortLine = new ArrayList<>();
        for (String split : List.of("dev", "train")) {
            for (AnnotatedCorpus.Article article : AnnotatedCorpus.read(POLNEAR.resolve(split))) {
                Path annFile = goldFile(POLNEAR.resolve(split), article.name());
                String ann = Files.readString(annFile, StandardCharsets.UTF_8);
                BratDocument theirs = readWithOpenNlp(article.name(), article.text(), ann);
                String kind;
                if (article.gold().equals(theirs)) {
                    kind = "identical";
                } else if (unordered(article.gold()).equals(unordered(theirs))) {
                    kind = "same spans, other order";
                } else {
                    kind = "OpenNLP loses annotations";
                    if (!hasShortLineBeforeMore(ann)) {
                        lostWithoutShortLine.add(split + "/" + annFile.getFileName());
                    }
                }
                kinds.merge(split + ": " + kind, 1, Integer::sum);
            }
        }
        kinds.forEach((kind, files) -> System.out.println(files + "\t" + kind));
        assertThat(lostWithoutShortLine).isEmpty();
    }

    private static Path goldFile(Path split, String article) throws IOException {
        try (Stream<Path> files = Files.list(split.resolve("attributions"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(article + "_")).sorted().findFirst()
                    .orElseThrow();
        }
    }

    /** A line of fewer than three fields that has annotation lines after it. */
    private static boolean hasShortLineBeforeMore(String ann) {
        List<String> lines = Arrays.asList(ann.strip().split("\n"));
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).strip().split("\\s+").length < 3) {
                return true;
            }
        }
        return false;
    }

    /** OpenNLP's reading put into the shape {@link BratDocument#parse} gives, by the same rules. */
    private static BratDocument readWithOpenNlp(String id, String text, String ann) throws IOException {
        opennlp.tools.formats.brat.BratDocument doc;
        try (InputStream textIn = stream(text); InputStream annIn = stream(ann)) {
            doc = opennlp.tools.formats.brat.BratDocument.parseDocument(POLNEAR_TYPES, id, textIn, annIn);
        }
        Map<String, List<Span>> fragments = new HashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        List<EventAnnotation> events = new ArrayList<>();
        for (BratAnnotation annotation : doc.getAnnotations()) {
            if (annotation instanceof SpanAnnotation span) {
                List<Span> spans = new ArrayList<>();
                for (opennlp.tools.util.Span piece : span.getSpans()) {
                    int start = BratDocument.charOffset(text, piece.getStart());
                    int end = BratDocument.charOffset(text, piece.getEnd());
                    if (end >= start) {
                        spans.add(new Span(start, end));
                    }
                }
                fragments.put(span.getId(), spans);
                labels.put(span.getId(), span.getType());
            } else if (annotation instanceof EventAnnotation event) {
                events.add(event);
            }
        }
        List<List<String[]>> relations = new ArrayList<>();
        for (EventAnnotation event : events) {
            List<String[]> arguments = new ArrayList<>();
            arguments.add(new String[] {event.getType(), event.getEventTrigger()});
            event.getArguments().forEach((role, target) -> arguments.add(new String[] {role, target}));
            relations.add(arguments);
        }
        return BratDocument.assemble(labels, fragments, relations);
    }

    private static InputStream stream(String s) {
        return new java.io.ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The document as sorted text: attributions and each role's spans without their order. */
    private static List<Object> unordered(BratDocument doc) {
        List<String> attributions = new ArrayList<>();
        for (AnnotatedAttribution a : doc.attributions()) {
            attributions.add(sorted(a.source()) + "|" + sorted(a.cue()) + "|" + sorted(a.content()));
        }
        attributions.sort(null);
        Map<String, List<String>> loose = new TreeMap<>();
        doc.looseSpans().forEach((role, spans) -> {
            List<String> each = new ArrayList<>(spans.stream().map(OpenNlpBratReaderIT::sorted).toList());
            each.sort(null);
            loose.put(role, each);
        });
        return List.of(attributions, loose);
    }

    private static String sorted(List<Span> spans) {
        return spans.stream().map(Span::toString).sorted().toList().toString();
    }
}
