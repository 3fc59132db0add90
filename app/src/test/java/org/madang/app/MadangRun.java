package org.madang.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the madang command in this JVM, as a user meets it: exit code, standard output and error. */
record MadangRun(int code, String out, String err) {

    static MadangRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = MadangCommand.commandLine(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new MadangRun(code, out.toString(), err.toString());
    }
}
