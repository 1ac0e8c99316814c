package dev.deltascope;

import dev.deltascope.cli.CommandLine;
import dev.deltascope.view.DeltascopeApp;

/** Entry point: with no arguments, or a network file, opens the window; with a subcommand runs headless. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (CommandLine.opensWindow(args)) {
            String noDisplay = CommandLine.noDisplay(System.getenv(), System.getProperty("os.name", ""),
                    System.getProperty("glass.platform"));
            if (noDisplay != null) {
                System.err.println(noDisplay);
                System.exit(CommandLine.BAD_INPUT);
            }
            DeltascopeApp.launchWindow(args);
        } else {
            System.exit(CommandLine.run(args, System.out, System.err));
        }
    }
}
