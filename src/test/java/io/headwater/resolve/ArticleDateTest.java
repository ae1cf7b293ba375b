package io.headwater.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ArticleDateTest {

    @Test
    void readsTheDatesPageAddressesCarry() {
        assertThat(ArticleDate.fromUrl("https://example.org/news/2023/11/15/port-reopens/")).isEqualTo(LocalDate.of(2023, 11, 15));
        assertThat(ArticleDate.fromUrl("https://example.org/news/2023/mar/01/port-reopens/")).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(ArticleDate.fromUrl("https://example.org/view.php?ud=20231113000103")).isEqualTo(LocalDate.of(2023, 11, 13));
        assertThat(ArticleDate.fromUrl("https://example.org/a/port-reopens-2021-09-07/")).isEqualTo(LocalDate.of(2021, 9, 7));
    }

    @Test
    void itemNumbersAreNoDates() {
        assertThat(ArticleDate.fromUrl("https://example.org/news/84551116/port-reopens")).isNull();
        assertThat(ArticleDate.fromUrl("https://example.org/?p=104821")).isNull();
    }
}
