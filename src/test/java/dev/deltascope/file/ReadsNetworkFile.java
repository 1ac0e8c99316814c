package dev.deltascope.file;

import java.nio.file.Path;

/** A child process's main: reads the network file named by its one argument and prints why it could not. */
public final class ReadsNetworkFile {

    private ReadsNetworkFile() {
    }

    public static void main(String[] args) {
        try {
            NetworkFile.read(Path.of(args[0]));
            System.out.print("read");
        } catch (NetworkFileException refused) {
            System.out.print(refused.getMessage());
        }
    }
}
