package dev.deltascope;

import dev.deltascope.cli.CommandLine;
import dev.deltascope.view.DeltascopeApp;

/** Entry point: with no arguments opens the window, with a subcommand runs headless. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DeltascopeApp.launchWindow(args);
        } else {
            System.exit(CommandLine.run(args, System.out, System.err));
        }
    }
}
