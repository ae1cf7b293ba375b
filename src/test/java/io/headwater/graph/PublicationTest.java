package io.headwater.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** When a new reading of a text is a publication already in the graph, and when it is another one. */
class PublicationTest {

    private static final String HASH = "ab".repeat(32);

    private static Publication reading(String outlet, String outletKey, String url) {
        return new Publication("a-abababababababab", HASH, outlet, outletKey, url, null);
    }

    private static Publication stored(String id, String outlet, String outletKey, String url) {
        return new Publication(id, HASH, outlet, outletKey, url, "2024-03-14");
    }

    @Test
    void aReadingWithNothingNewIsTheFirstPublication() {
        Publication first = stored("a-abababababababab", "Harbour Times", "outlet:harbour-times", null);
        Publication second = stored("a-0000000000000001", "Gulf Gazette", "outlet:gulf-gazette", null);
        assertThat(reading(null, null, null).sameAsOneOf(List.of(first, second))).contains(first);
    }

    @Test
    void anotherOutletsCopyIsANewPublicationWithItsOwnStableId() {
        Publication first = stored("a-abababababababab", "Harbour Times", "outlet:harbour-times", null);
        Publication copy = reading("Gulf Gazette", "outlet:gulf-gazette", null);
        assertThat(copy.sameAsOneOf(List.of(first))).isEmpty();
        String id = copy.newId(List.of(first));
        assertThat(id).startsWith("a-").isNotEqualTo(first.id()).hasSize(18);
        assertThat(reading("Gulf Gazette", "outlet:gulf-gazette", null).newId(List.of(first))).isEqualTo(id);
        // Read again, the copy is found by its outlet.
        Publication stored = stored(id, "Gulf Gazette", "outlet:gulf-gazette", null);
        assertThat(copy.sameAsOneOf(List.of(first, stored))).contains(stored);
    }

    @Test
    void theTextsOwnIdIsUsedWhenNoPublicationHoldsIt() {
        Publication other = stored("a-0000000000000001", "Gulf Gazette", "outlet:gulf-gazette", null);
        assertThat(reading("Harbour Times", "outlet:harbour-times", null).newId(List.of(other))).isEqualTo("a-abababababababab");
    }

    @Test
    void theAddressDecidesFirstAndIsReadAsAPageIsNamed() {
        Publication page = stored("a-abababababababab", null, "outlet:harbour-times-com", "https://www.harbour-times.com/port/");
        assertThat(reading("Harbour Times", "outlet:harbour-times", "http://harbour-times.com/port#top").sameAsOneOf(List.of(page)))
                .contains(page);
        assertThat(reading(null, "outlet:harbour-times-com", "https://harbour-times.com/port-2").sameAsOneOf(List.of(page))).isEmpty();
    }

    @Test
    void aNamedOutletFillsInAPublicationWhoseOutletWasOnlyGuessedFromItsHost() {
        Publication page = stored("a-abababababababab", null, "outlet:harbour-times-com", "https://harbour-times.com/port");
        assertThat(reading("Harbour Times", "outlet:harbour-times", null).sameAsOneOf(List.of(page))).contains(page);
        // A gazetteer outlet found from the host is sure, and tells the publications apart.
        Publication wion = stored("a-abababababababab", null, "wion", "https://www.wionews.com/world/story");
        assertThat(reading("IBTimes Singapore", "outlet:ibtimes-singapore", null).sameAsOneOf(List.of(wion))).isEmpty();
    }

    @Test
    void theSameOutletIsPreferredToTheFirstCompatiblePublication() {
        Publication unknown = stored("a-abababababababab", null, null, null);
        Publication gazette = stored("a-0000000000000001", "Gulf Gazette", "outlet:gulf-gazette", null);
        assertThat(reading("Gulf Gazette", "outlet:gulf-gazette", null).sameAsOneOf(List.of(unknown, gazette))).contains(gazette);
    }
}
