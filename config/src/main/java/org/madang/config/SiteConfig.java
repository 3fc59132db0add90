package org.madang.config;

/**
 * The whole configuration of one terminal of a site, typed and validated.
 * Built only by {@link SiteConfigLoader}; immutable.
 */
public record SiteConfig(
        SiteIdentity site,
        TerminalConfig terminal,
        DatabaseConfig database,
        DeviceConfig devices,
        SessionConfig session,
        ScreenGeometry screen,
        UiConfig ui) {
}
