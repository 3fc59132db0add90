package org.madang.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.madang.core.demo.DemoScale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every sub-command that works on a site shares: {@code --site}, {@code --set}, and its output. */
abstract class SiteCommand {
    @Mixin
    SiteOptions options;

    @Spec
    CommandSpec spec;

    /** The site named by {@code --site} or {@code MADANG_SITE}; a usage error when there is none. */
    Path site() {
        return Sites.resolve(options, false, null, out());
    }

    /** The site, or with {@code demo} the demo site (made and seeded first if missing). */
    Path site(boolean demo, DemoScale demoScale) {
        return Sites.resolve(options, demo, demoScale, out());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
