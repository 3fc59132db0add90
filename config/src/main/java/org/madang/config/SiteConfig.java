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
        UiConfig ui,
        CounterConfig counter,
        DisplayConfig display) {

    /** The same configuration on a screen of another size. */
    public SiteConfig withScreen(ScreenGeometry other) {
        return new SiteConfig(site, terminal, database, devices, session, other, ui, counter, display);
    }

    /** The same configuration for another site identity (e.g. its languages narrowed). */
    public SiteConfig withSite(SiteIdentity other) {
        return new SiteConfig(other, terminal, database, devices, session, screen, ui, counter, display);
    }
}
