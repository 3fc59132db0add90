package org.madang.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import org.madang.core.catalogue.CatalogueTransfer;
import org.madang.core.site.SiteDirectory;
import org.madang.ui.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code madang catalogue export|import}: a centre's catalogue as YAML, to start a new centre from another's. */
@Command(name = "catalogue", mixinStandardHelpOptions = true, description = {
        "The catalogue as a YAML file: facilities, terms, instructors, enrolling courses, document types' fees and channels,",
        "queue services and policy figures. Export from one centre, import into a new one (checked whole, saved all or nothing)."},
        subcommands = {CatalogueCommand.Export.class, CatalogueCommand.Import.class})
final class CatalogueCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "choose one of: export, import");
    }

    /** {@code madang catalogue export}. */
    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the site's catalogue as YAML.")
    static final class Export extends SiteCommand implements Callable<Integer> {
        @Option(names = "--out", paramLabel = "FILE.yaml", description = "Where to write (default: print it).")
        Path outFile;

        @Override
        public Integer call() throws IOException {
            Path root = site();
            SiteDirectory dir = new SiteDirectory(root);
            try (SiteRuntime site = SiteRuntime.openExisting(dir, options.sets, System.getenv(), "madang catalogue export")) {
                String yaml = new CatalogueTransfer(site.database.jdbi(), site.events(), site.clock).export(site.config.site().name(),
                        LocalDate.now(site.clock).toString());
                if (outFile == null) {
                    out().print(yaml);
                    out().flush();
                } else {
                    Files.writeString(outFile, yaml);
                    out().println("Wrote the catalogue of " + site.config.site().name() + " to " + outFile + ".");
                }
            }
            return 0;
        }
    }

    /** {@code madang catalogue import}. */
    @Command(name = "import", mixinStandardHelpOptions = true, description = {
            "Check a catalogue file and save it into the site, all of it or (when anything is wrong) none of it.",
            "Entries are matched by code (instructors by name); an entry the same as what is stored is left alone."})
    static final class Import extends SiteCommand implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.yaml", description = "The catalogue file (from madang catalogue export).")
        Path file;

        @Option(names = "--as", paramLabel = "LOGIN", required = true, description = "The administrator's login the changes are recorded under.")
        String admin;

        @Option(names = "--check", description = "Only check the file: say what would be added and changed, save nothing.")
        boolean check;

        @Option(names = "--lang", paramLabel = "ko|en", defaultValue = "en", description = "The language of the problems named (default: en).")
        String language;

        @Override
        public Integer call() throws IOException {
            Path root = site();
            SiteDirectory dir = new SiteDirectory(root);
            SiteRuntime.requireDatabase(dir, SiteRuntime.loadConfig(dir, options.sets, System.getenv()), "madang catalogue import");
            if (!Files.isRegularFile(file)) {
                throw new UsageException("no such file: " + file);
            }
            if (!language.equals("ko") && !language.equals("en")) {
                throw new UsageException("--lang " + language + ": ko or en");
            }
            Messages words = Messages.forLanguage(language);
            try (SiteRuntime site = SiteRuntime.open(root, options.sets, System.getenv())) {
                CatalogueTransfer.Report report = new CatalogueTransfer(site.database.jdbi(), site.events(), site.clock)
                        .importYaml(Files.readAllBytes(file), admin, !check);
                if (!report.problems().isEmpty()) {
                    err().println(report.problems().size() + (report.problems().size() == 1 ? " problem" : " problems")
                            + " in " + file + "; nothing was saved:");
                    report.problems().forEach(p -> err().println("  " + (p.where().isEmpty() ? "" : p.where() + ": ") + words.say(p.refusal())));
                    err().flush();
                    return 1;
                }
                for (Map.Entry<String, int[]> section : report.counts().entrySet()) {
                    int[] n = section.getValue();
                    out().printf("%-14s %d new, %d changed, %d the same%n", section.getKey(), n[0], n[1], n[2]);
                }
                out().println(report.saved() ? "Saved into " + site.config.site().name() + " (one event per change, and CatalogueImported)."
                        : "Checked: nothing saved (run without --check to save).");
                out().flush();
            }
            return 0;
        }
    }
}
