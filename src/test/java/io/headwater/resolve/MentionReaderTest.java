package io.headwater.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionReaderTest {

    private final MentionReader reader = new MentionReader(Gazetteer.standard());

    @Test
    void aKnownName() {
        Mention m = reader.read("Yonhap News Agency");
        assertThat(m.kind()).isEqualTo(Mention.Kind.NAMED);
        assertThat(m.entity().key()).isEqualTo("yonhap");
    }

    @Test
    void aDocumentAndItsAuthor() {
        Mention m = reader.read("the confidential report by the UN experts, who are monitoring sanctions");
        assertThat(m.kind()).isEqualTo(Mention.Kind.DOCUMENT);
        assertThat(m.document()).isEqualTo("report");
        assertThat(m.entity().type()).isEqualTo(EntityType.BODY);
        assertThat(m.clause()).isEqualTo("who are monitoring sanctions");
    }

    @Test
    void aDocumentByAnAgencyIsTheAgency() {
        Mention m = reader.read("a report by Yonhap News Agency");
        assertThat(m.kind()).isEqualTo(Mention.Kind.DOCUMENT);
        assertThat(m.entity().type()).isEqualTo(EntityType.AGENCY);
    }

    @Test
    void aDocumentByAnUnknownOrganisationNamesIt() {
        Mention m = reader.read("a study by the Baltic Fisheries Council");
        assertThat(m.entity().key()).isEqualTo("org:baltic-fisheries-council");
    }

    @Test
    void pronounsAndBackReferences() {
        assertThat(reader.read("it").kind()).isEqualTo(Mention.Kind.PRONOUN);
        assertThat(reader.read("the ministry").kind()).isEqualTo(Mention.Kind.BACK_REFERENCE);
    }

    @Test
    void unnamedSources() {
        assertThat(reader.read("a member state").kind()).isEqualTo(Mention.Kind.ANONYMOUS);
        assertThat(reader.read("officials familiar with the talks").kind()).isEqualTo(Mention.Kind.ANONYMOUS);
    }

    @Test
    void peopleWithoutTheirTitles() {
        Mention m = reader.read("Fisheries Minister Ana Duarte");
        assertThat(m.kind()).isEqualTo(Mention.Kind.PERSON);
        assertThat(m.core()).isEqualTo("Ana Duarte");
        assertThat(MentionReader.personName("President Joe Biden")).isEqualTo("Joe Biden");
    }

    @Test
    void organisationsByTheirWords() {
        assertThat(reader.read("the Regional Fisheries Council").kind()).isEqualTo(Mention.Kind.ORGANISATION);
    }

    @Test
    void namesLoseTheirDescriptionsAsidesAndAdverbs() {
        assertThat(reader.read("longtime Democratic pollster Pat Caddell").core()).isEqualTo("Pat Caddell");
        assertThat(reader.read("Mike Pence (R-IN)").core()).isEqualTo("Mike Pence");
        assertThat(reader.read("Hillary Clinton apparently").core()).isEqualTo("Hillary Clinton");
        assertThat(reader.read("City Attorney Brad Holm").core()).isEqualTo("Brad Holm");
    }

    @Test
    void roleDescriptionsPointBack() {
        assertThat(reader.read("the GOP nominee").kind()).isEqualTo(Mention.Kind.BACK_REFERENCE);
        assertThat(reader.read("the Republican presidential nominee").kind()).isEqualTo(Mention.Kind.BACK_REFERENCE);
    }

    @Test
    void namedBodiesAreOrganisations() {
        Mention campaign = reader.read("the Clinton campaign");
        assertThat(campaign.kind()).isEqualTo(Mention.Kind.ORGANISATION);
        assertThat(campaign.core()).isEqualTo("Clinton campaign");
        assertThat(reader.read("the nonpartisan Commission on Presidential Debates").core())
                .isEqualTo("Commission on Presidential Debates");
    }

    @Test
    void groupsNamedAfterSomeoneAreNotThatPerson() {
        assertThat(reader.read("Trump supporters").kind()).isEqualTo(Mention.Kind.ANONYMOUS);
    }

    @Test
    void adjunctsAndNumbersAreNoSources() {
        assertThat(reader.read("at a forum with military leaders in Virginia").kind()).isEqualTo(Mention.Kind.NONE);
        assertThat(reader.read("Twelve percent").kind()).isEqualTo(Mention.Kind.NONE);
    }
}
