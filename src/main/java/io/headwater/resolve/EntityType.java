package io.headwater.resolve;

import java.util.Locale;

/** What kind of thing an entity is; decides its label in the graph. */
public enum EntityType {
    /** A news or wire agency (Reuters, Yonhap). */
    AGENCY("Agency"),
    /** A newspaper, broadcaster or site that publishes articles. */
    OUTLET("Outlet"),
    /** A picture library (Getty Images, Pixabay). */
    PHOTO_SERVICE("Source"),
    /** A social platform (Twitter, YouTube). */
    PLATFORM("Source"),
    /** An organisation (UN, NATO, a company). */
    ORGANISATION("Source"),
    /** A government department or ministry. */
    GOVERNMENT("Source"),
    /** A panel, committee or commission that authors reports. */
    BODY("Source"),
    /** A named person. */
    PERSON("Source"),
    /** An unnamed source ("a member state", "officials"). */
    ANONYMOUS("Source"),
    /** A document such as a report or statement. */
    REPORT("Report"),
    /** An agency's story, seen or inferred. */
    STORY("Story");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The node label in the graph. */
    public String label() {
        return label;
    }

    /** The value of the {@code type} property ("photo-service", "person"). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses the gazetteer's type names ("agency", "photo-service"). */
    public static EntityType parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** True for agencies and outlets: parties that publish stories others copy. */
    public boolean isPublisher() {
        return this == AGENCY || this == OUTLET;
    }

    /** True for entities that are people. */
    public boolean isPerson() {
        return this == PERSON;
    }
}
