package dev.deltascope.cli;

import java.io.PrintStream;

/** Headless commands. */
public final class CommandLine {

    private CommandLine() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("deltascope: unknown command: " + args[0]);
        return 2;
    }
}
