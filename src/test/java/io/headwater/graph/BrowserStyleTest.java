package io.headwater.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BrowserStyleTest {

    @Test
    void turnsGrassIntoTheJsonBrowsersStyleCommandReads() {
        JsonNode style = JsonMapper.builder().build().readTree(BrowserStyle.toJson("""
                node.Article {
                  color: #68BDF6;
                  caption: "{headline}";
                }
                relationship { caption: "<type>"; }
                """));
        assertThat(style.get("node.Article").get("caption").asString()).isEqualTo("{headline}");
        assertThat(style.get("node.Article").get("color").asString()).isEqualTo("#68BDF6");
        assertThat(style.get("relationship").get("caption").asString()).isEqualTo("<type>");
    }

    @Test
    void theShippedStyleCaptionsArticlesByHeadline() {
        JsonNode style = JsonMapper.builder().build().readTree(BrowserStyle.json());
        assertThat(style.get("node.Article").get("caption").asString()).isEqualTo("{headline}");
        assertThat(style.get("node.Story").get("caption").asString()).isEqualTo("{agency}");
    }
}
