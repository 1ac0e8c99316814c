package dev.deltascope;

import dev.deltascope.cli.CommandLine;
import dev.deltascope.view.DeltascopeApp;
import java.util.List;
import java.util.Optional;

/**
 * Entry point: with no arguments, or a network file, opens the window (started as {@code java -jar},
 * through its {@link ClassArchive} once there is one); with a subcommand runs headless.
 */
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
            Optional<ClassArchive> archive = ClassArchive.ofThisProcess();
            Optional<Integer> relaunched = archive.flatMap(found -> found.relaunch(List.of(args)));
            if (relaunched.isPresent()) {
                System.exit(relaunched.get());
            }
            DeltascopeApp.launchWindow(args, () -> archive.ifPresent(Launcher::makeArchiveInBackground));
        } else {
            System.exit(CommandLine.run(args, System.out, System.err));
        }
    }

    /** Starts {@link ClassArchive#makeInBackground} off the JavaFX thread (it copies the class list first). */
    private static void makeArchiveInBackground(ClassArchive archive) {
        Thread maker = new Thread(archive::makeInBackground, "deltascope-class-archive");
        maker.setDaemon(true);
        maker.setPriority(Thread.MIN_PRIORITY);
        maker.start();
    }
}
