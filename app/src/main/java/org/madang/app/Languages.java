package org.madang.app;

import org.madang.config.SiteConfig;

/** Picks a window's language: the one asked for, if the site offers it, else the site's first. */
final class Languages {
    private Languages() {
    }

    static String choose(String asked, SiteConfig config) {
        if (asked == null) {
            return config.site().languages().get(0);
        }
        if (!config.site().languages().contains(asked)) {
            throw new UsageException("--lang " + asked + ": this site offers " + String.join(", ", config.site().languages()));
        }
        return asked;
    }
}
