package org.madang.app;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code madang} command and its sub-commands. */
@Command(name = "madang", mixinStandardHelpOptions = true, version = "madang 0.1.0",
        description = "Kiosks and counters of a community centre (주민센터).",
        subcommands = {KioskCommand.class, CounterCommand.class, DisplayCommand.class, PracticeCommand.class, DbCommand.class, DemoDataCommand.class,
                StatsCommand.class, KiosksCommand.class, ReportCommand.class, CatalogueCommand.class, ScreenshotCommand.class, SayCommand.class, VerifyCommand.class, RenderCommand.class, DoctorCommand.class, BenchCommand.class, HarnessTerminal.class, CommandLine.HelpCommand.class})
final class MadangCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "choose a sub-command: kiosk, counter, display, db, demo-data, stats, screenshot, verify, render (or ./madang test)");
    }

    /** The command line with Madang's error handling: one plain line, exit 2 for usage, 1 for failures. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new MadangCommand());
        cl.setParameterExceptionHandler((e, args) -> {
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

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
