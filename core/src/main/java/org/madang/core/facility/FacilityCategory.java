package org.madang.core.facility;

/** The groups residents browse facilities by. */
public enum FacilityCategory {
    SPORTS("facility.category.sports"),
    ROOM("facility.category.room"),
    EXPERIENCE("facility.category.experience"),
    CAMPING("facility.category.camping"),
    OTHER("facility.category.other");

    private final String messageKey;

    FacilityCategory(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The message key of the category's name. */
    public String messageKey() {
        return messageKey;
    }
}
