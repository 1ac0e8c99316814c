package dev.deltascope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@code java -jar} would cost if the app relaunched itself with a class-data archive (a
 * {@code java -jar} start cannot name one): this JVM starts, reads the jar's size and modification
 * time and the archive's presence, as a relaunch would to find its archive, then runs its arguments
 * as the child process with this one's standard streams and exits with its code. Used by
 * {@link StartupPairs} {@code --relaunch}.
 */
public final class Relaunch {

    private Relaunch() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("java.class.path").split(":")[0]);
        String key = Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis();
        for (String argument : args) {
            if (argument.startsWith("-XX:SharedArchiveFile=") && !Files.exists(Path.of(argument.substring(22)))) {
                throw new IllegalStateException("No archive for " + jar + " (" + key + "): " + argument);
            }
        }
        System.exit(new ProcessBuilder(args).inheritIO().start().waitFor());
    }
}
