package org.madang.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code madang} command and its sub-commands. */
@Command(name = "madang", mixinStandardHelpOptions = true, version = "madang 0.1.0",
        description = "Kiosks and counters of a community centre (주민센터).",
        footer = {"", "From the source folder, the script ./madang also runs:",
                "  ./madang test      Run every test (under xvfb-run when there is no display).",
                "  ./madang package   Build the Debian package, with its own Java runtime."})
final class MadangCommand implements Runnable {
    /**
     * Every sub-command, with the line the command list shows. Only the one being run is built from
     * its class (picocli reads its annotations and fields by reflection, and the JVM loads what it
     * names): the others are listed by name and line, so no start pays for twenty commands' models.
     */
    record Sub(String name, Supplier<Object> make, String line, boolean hidden) {
    }

    static final List<Sub> SUBCOMMANDS = List.of(
            new Sub("kiosk", KioskCommand::new, "Run the resident kiosk (fullscreen).", false),
            new Sub("counter", CounterCommand::new, "Run the clerk's counter window.", false),
            new Sub("display", DisplayCommand::new, "Run the queue display board (called numbers, desks, waiting counts).", false),
            new Sub("practice", PracticeCommand::new, "Practise on the kiosk in a sandbox (digital-learning centres).", false),
            new Sub("db", DbCommand::new, "Look after the site database (migrate, serve, backup, restore, check, encrypt).", false),
            new Sub("demo-data", DemoDataCommand::new, "Fill a new, empty site with demo data.", false),
            new Sub("county", CountyCommand::new, "A county's PostgreSQL on this machine (start, stop), for the demo county.", false),
            new Sub("stats", StatsCommand::new, "Count every entity in the site database.", false),
            new Sub("kiosks", KiosksCommand::new, "Every terminal of the site as its heartbeat last said, and what needs a person.", false),
            new Sub("report", ReportCommand::new, "The centre's report for a period, as text, PDF or CSV.", false),
            new Sub("catalogue", CatalogueCommand::new, "Export or import the catalogue as a YAML file.", false),
            new Sub("screenshot", ScreenshotCommand::new, "Render a kiosk or counter screen to PNG, with demo data.", false),
            new Sub("say", SayCommand::new, "Say what the kiosk's voice guide says for a screen.", false),
            new Sub("verify", VerifyCommand::new, "Check an issued document: its number, QR text, PDF or picture.", false),
            new Sub("render", RenderCommand::new, "Preview a document type as a PDF, or a receipt as a picture.", false),
            new Sub("doctor", DoctorCommand::new, "Check this terminal's devices and serial ports.", false),
            new Sub("bench", BenchCommand::new, "Measure: receipt, kiosk, document, counter, practice, report, race, crash, startup.", false),
            new Sub("harness-terminal", HarnessTerminal::new, "A terminal of madang bench race/crash (not for people).", true),
            new Sub("help", CommandLine.HelpCommand::new, "Show the help of a command: madang help COMMAND.", false));

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "choose a sub-command: kiosk, counter, display, db, demo-data, stats, screenshot, verify, render (or ./madang test)");
    }

    /**
     * The command line for {@code args}, with Madang's error handling: one plain line, exit 2 for
     * usage, 1 for failures. The sub-command named in {@code args} (and the one {@code help} is asked
     * about) is built whole; the others only as names and lines for the list.
     */
    static CommandLine commandLine(String... args) {
        java.util.Set<String> named = named(args);
        CommandLine cl = new CommandLine(new MadangCommand());
        for (Sub sub : SUBCOMMANDS) {
            if (named.contains(sub.name()) || named.contains("*")) {
                cl.addSubcommand(sub.name(), sub.make().get());
            } else {
                CommandSpec listed = CommandSpec.create().name(sub.name());
                listed.usageMessage().description(sub.line()).hidden(sub.hidden());
                cl.addSubcommand(sub.name(), listed);
            }
        }
        cl.setParameterExceptionHandler((e, given) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println(e.getCommandLine().getCommandSpec().qualifiedName() + ": " + e.getMessage()
                    + " (see " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return 2;
        });
        cl.setExecutionExceptionHandler((e, command, parsed) -> {
            PrintWriter err = command.getErr();
            if (e instanceof UsageException) {
                err.println(e.getMessage());
                return 2;
            }
            Logger log = LoggerFactory.getLogger(MadangCommand.class);
            log.error("{} failed", command.getCommandSpec().qualifiedName(), e);
            err.println(command.getCommandSpec().qualifiedName() + ": " + describe(e) + " (details in "
                    + System.getProperty("MADANG_LOG_DIR") + "/madang.log)");
            return 1;
        });
        return cl;
    }

    /** The sub-commands {@code args} name: the first word, and what {@code help} is asked about; "*" for all. */
    private static java.util.Set<String> named(String... args) {
        java.util.Set<String> named = new java.util.HashSet<>();
        List<String> words = java.util.Arrays.stream(args).filter(a -> !a.startsWith("-")).toList();
        if (!words.isEmpty()) {
            named.add(words.get(0));
            if (words.get(0).equals("help")) {
                named.add(words.size() > 1 ? words.get(1) : "");
            }
        }
        if (args.length == 0) {
            named.add("*");
        }
        return named;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
