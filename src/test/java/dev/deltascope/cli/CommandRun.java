package dev.deltascope.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One run of the command line: exit code, stdout and stderr. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = CommandLine.run(args, outStream, errStream);
        }
        CommandRun run = new CommandRun(code, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
        run.assertNoStackTrace();
        return run;
    }

    private void assertNoStackTrace() {
        for (String text : new String[] {out, err}) {
            assertFalse(text.contains("Exception"), text);
            assertFalse(text.contains("at dev."), text);
            assertFalse(text.contains("at java."), text);
        }
    }
}
