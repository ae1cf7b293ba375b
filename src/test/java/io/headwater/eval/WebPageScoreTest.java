package io.headwater.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebPageScoreTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String s) {
        return JSON.readTree(s.replace('\'', '"'));
    }

    @Test
    void scoresAsTheSharedScorerDoes() {
        JsonNode truth = json("{'a': {'title': 'Mill Weir: Reopens!', 'author': 'Ana Ruiz, Ben Cole', 'date': '2024-03-14',"
                + " 'with': ['the weir opens', 'on Friday'], 'without': ['Subscribe now']},"
                + " 'b': {'title': 'Other', 'author': null, 'date': '2024-01-02', 'with': ['ferry'], 'without': []}}");
        JsonNode predicted = json("{'a': {'articleBody': 'In town the  weir opens on Friday. Subscribe now',"
                + " 'headline': 'mill weir reopens', 'authors': ['Ana Ruiz', 'Ben Cole'], 'published': '2024-03-14T09:30+01:00'},"
                + " 'b': {'articleBody': null, 'headline': 'Something else', 'authors': [], 'published': '2024-01-03'}}");

        WebPageScore.Result r = WebPageScore.score(truth, predicted);

        assertThat(r.empty()).isEqualTo(1);
        assertThat(r.precision()).isEqualTo(2.0 / 3);
        assertThat(r.recall()).isEqualTo(2.0 / 3);
        assertThat(r.rate(WebPageScore.Field.HEADLINE)).isEqualTo(0.5);
        assertThat(r.rate(WebPageScore.Field.AUTHOR)).isEqualTo(1.0);
        assertThat(r.rate(WebPageScore.Field.DATE)).isEqualTo(0.5);
        assertThat(r.kinds(WebPageScore.Field.DATE)).containsEntry("one day off (time zone or midnight)", 1);
        assertThat(r.kinds(WebPageScore.Field.HEADLINE)).containsEntry("another text (title, teaser, site name)", 1);
        assertThat(r.kinds(WebPageScore.Field.BODY))
                .containsEntry("text missed whole (none of the page's segments found)", 1).hasSize(2);
        assertThat(WebPageScore.keptMiss(0.95)).startsWith("unwanted text kept after the text");
    }

    @Test
    void missesAreSortedIntoKinds() {
        assertThat(WebPageScore.dateMiss("2022-29-11", "2022-11-29")).startsWith("truth is no calendar date");
        assertThat(WebPageScore.dateMiss("2022-02-06", null)).isEqualTo("no date found");
        assertThat(WebPageScore.dateMiss("2022-02-06", "2022-03-01")).startsWith("a later date");
        assertThat(WebPageScore.headlineMiss("Weir reopens", "Weir reopens | Courier")).startsWith("headline with more");
        assertThat(WebPageScore.authorMiss(java.util.List.of("ana ruiz"), "")).isEqualTo("no author found");
    }
}
