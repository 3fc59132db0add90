package org.madang.core.care;

import org.madang.core.facility.Localized;

/** A kind of need or a welfare service: its code, its name in Korean and English, and whether it is offered now. */
public record CatalogueEntry(String code, Localized name, boolean active) {
}
