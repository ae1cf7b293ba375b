package io.headwater.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final Gazetteer SHIPPED = Gazetteer.standard();

    @Test
    void shipsTheMajorAgenciesWithAliases() {
        assertThat(SHIPPED.lookup("Yonhap")).map(Entity::key).contains("yonhap");
        assertThat(SHIPPED.lookup("The Associated Press")).map(Entity::type).contains(EntityType.AGENCY);
        assertThat(SHIPPED.lookup("Agence France-Presse")).map(Entity::key).contains("afp");
        assertThat(SHIPPED.lookup("reuters")).map(Entity::qid).contains("Q130879");
        assertThat(SHIPPED.size()).isGreaterThan(100);
    }

    @Test
    void knowsTheUnSanctionsBodiesAndTheirHierarchy() {
        Entity committee = SHIPPED.lookup("UN Security Council North Korea sanctions committee").orElseThrow();
        assertThat(SHIPPED.isWithin(committee.key(), "un-security-council")).isTrue();
        assertThat(SHIPPED.isWithin("un-security-council", committee.key())).isFalse();
    }

    @Test
    void findsTheLongestKnownNameInsideAMention() {
        assertThat(SHIPPED.find("a leaked draft from the UN panel of experts on the embargo"))
                .map(f -> f.entity().type()).contains(EntityType.BODY);
    }

    @Test
    void mapsHostsToOutlets() {
        assertThat(SHIPPED.byHost("www.reuters.com")).map(Entity::key).contains("reuters");
        assertThat(SHIPPED.byHost("example.invalid")).isEmpty();
    }

    @Test
    void noAliasNamesTwoEntities() {
        Map<String, String> owner = new HashMap<>();
        for (String key : keys()) {
            Entity e = SHIPPED.byKey(key).orElseThrow();
            for (String alias : e.aliases()) {
                String prev = owner.put(Gazetteer.normalise(alias), key);
                assertThat(prev == null || prev.equals(key)).as("alias %s of %s and %s", alias, key, prev).isTrue();
            }
        }
    }

    @Test
    void normalisingIgnoresCaseArticlesAndPunctuation() {
        assertThat(Gazetteer.normalise("The U.N.'s Panel")).isEqualTo("u n panel");
    }

    private static java.util.List<String> keys() {
        try (var in = Gazetteer.class.getResourceAsStream("/gazetteer.yaml")) {
            java.util.List<String> keys = new java.util.ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("- key: ")) {
                    keys.add(line.substring(7).strip());
                }
            }
            return keys;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aGenericPanelIsNarrowedByTheStorysSubject() {
        Gazetteer g = Gazetteer.standard();
        Entity experts = g.lookup("UN experts").orElseThrow();
        assertThat(experts.key()).isEqualTo("un-experts");
        assertThat(g.narrow(experts, "UN experts monitoring sanctions on Yemen", "").key()).isEqualTo("un-panel-of-experts-yemen");
        assertThat(g.narrow(experts, "UN experts", "The Houthis and the Yemeni government …").key()).isEqualTo("un-panel-of-experts-yemen");
        assertThat(g.narrow(experts, "UN experts", "Nothing says which panel.").key()).isEqualTo("un-experts");
    }

    @Test
    void panelsSpeakThroughTheirReports() {
        Gazetteer g = Gazetteer.standard();
        assertThat(g.speaksThroughReports("un-panel-of-experts-libya")).isTrue();
        assertThat(g.speaksThroughReports("iaea")).isFalse();
        assertThat(g.issuesPeriodicReports("iaea")).isTrue();
        assertThat(Gazetteer.shortName(g.byKey("iaea").orElseThrow())).isEqualTo("IAEA");
    }
}
