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
        Mention m = reader.read("the annual report by the UN experts, who track the embargo");
        assertThat(m.kind()).isEqualTo(Mention.Kind.DOCUMENT);
        assertThat(m.document()).isEqualTo("report");
        assertThat(m.entity().type()).isEqualTo(EntityType.BODY);
        assertThat(m.clause()).isEqualTo("who track the embargo");
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
        assertThat(reader.read("at a town hall with farmers in Ohio").kind()).isEqualTo(Mention.Kind.NONE);
        assertThat(reader.read("Twelve percent").kind()).isEqualTo(Mention.Kind.NONE);
    }

    @Test
    void aNameWithADescriptionIsReadByTheName() {
        Mention author = reader.read("Paul Torrey, associate professor of physics and co-author of the study");
        assertThat(author.kind()).isEqualTo(Mention.Kind.PERSON);
        assertThat(author.core()).isEqualTo("Paul Torrey");
        assertThat(author.clause()).isEqualTo("associate professor of physics and co-author of the study");
        Mention director = reader.read("Aseem Prakash, founding director of the Center for Environmental Politics");
        assertThat(director.kind()).isEqualTo(Mention.Kind.PERSON);
        assertThat(director.core()).isEqualTo("Aseem Prakash");
        assertThat(reader.read("Reuters, the news agency").kind()).isEqualTo(Mention.Kind.NAMED);
    }

    @Test
    void countriesAndCapitalsStandForTheirGovernments() {
        assertThat(reader.read("Austria").kind()).isEqualTo(Mention.Kind.PLACE);
        assertThat(reader.read("Beijing").kind()).isEqualTo(Mention.Kind.PLACE);
        assertThat(reader.read("the Netherlands").core()).isEqualTo("Netherlands");
    }

    @Test
    void pronounLikeWordsAreNoNames() {
        assertThat(reader.read("Another").kind()).isEqualTo(Mention.Kind.ANONYMOUS);
        assertThat(reader.read("Someone").kind()).isEqualTo(Mention.Kind.ANONYMOUS);
        assertThat(reader.read("Anything we").kind()).isEqualTo(Mention.Kind.NONE);
    }

    @Test
    void aRoleThenANameIsThatPerson() {
        assertThat(reader.read("Apple's chief executive, Tim Cook,").core()).isEqualTo("Tim Cook");
        assertThat(reader.read("Another critic, Laurence H. Tribe,").core()).isEqualTo("Laurence H. Tribe");
        assertThat(reader.read("Secretary of State John F. Kerry").core()).isEqualTo("John F. Kerry");
        assertThat(reader.read("CNN’s Jake Tapper").core()).isEqualTo("Jake Tapper");
    }

    @Test
    void aNameAndItsBodyIsThePerson() {
        Mention m = reader.read("Dan McLaughlin at the National Review");
        assertThat(m.kind()).isEqualTo(Mention.Kind.PERSON);
        assertThat(m.core()).isEqualTo("Dan McLaughlin");
        assertThat(m.clause()).isEqualTo("at the National Review");
        assertThat(reader.read("Bank of America").kind()).isEqualTo(Mention.Kind.ORGANISATION);
    }

    @Test
    void namesOfBodiesAndPublicationsAreOrganisations() {
        assertThat(reader.read("Citizens for Tax Justice").kind()).isEqualTo(Mention.Kind.ORGANISATION);
        assertThat(reader.read("The Charlotte Observer").core()).isEqualTo("Charlotte Observer");
        assertThat(reader.read("Global Lighting Technologies").kind()).isEqualTo(Mention.Kind.ORGANISATION);
    }

    @Test
    void quantitiesOfPeopleAreUnnamed() {
        assertThat(reader.read("Some Democrats").kind()).isEqualTo(Mention.Kind.ANONYMOUS);
        assertThat(reader.read("One Republican").kind()).isEqualTo(Mention.Kind.ANONYMOUS);
        assertThat(reader.read("Recent polls in Pennsylvania and Virginia").kind()).isEqualTo(Mention.Kind.ANONYMOUS);
        assertThat(reader.read("This").kind()).isEqualTo(Mention.Kind.NONE);
    }
}
