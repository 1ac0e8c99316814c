package dev.deltascope.view;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * The last line of defence: an exception nobody caught is written to a log file and shown as a
 * plain-words dialog with "Copy details"; the window keeps running.
 */
final class CrashReporter {

    private final Path log;
    private final Window owner;
    private boolean showing;

    private CrashReporter(Path log, Window owner) {
        this.log = log;
        this.owner = owner;
    }

    static void install(Path log, Window owner) {
        CrashReporter reporter = new CrashReporter(log, owner);
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> reporter.report(thread, failure));
    }

    private void report(Thread thread, Throwable failure) {
        String details = LocalDateTime.now() + " on thread " + thread.getName() + "\n" + stackTrace(failure);
        String logged = append(details);
        if (Platform.isFxApplicationThread()) {
            show(details, logged);
        } else {
            Platform.runLater(() -> show(details, logged));
        }
    }

    private void show(String details, String logged) {
        if (showing) {
            return;
        }
        showing = true;
        ButtonType copy = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", copy, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Deltascope");
        alert.setHeaderText("Something went wrong inside Deltascope.");
        Label text = new Label("Your network is still open and nothing was lost; you can keep working, and "
                + "saving now is a good idea. " + logged);
        text.setWrapText(true);
        text.setMaxWidth(480);
        alert.getDialogPane().setContent(text);
        alert.showAndWait().filter(copy::equals).ifPresent(pressed -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            Clipboard.getSystemClipboard().setContent(content);
        });
        showing = false;
    }

    /** Appends to the log; returns a sentence saying where the details went. */
    private String append(String details) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Files.writeString(log, details + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return "The details are in " + log + ".";
        } catch (IOException notWritten) {
            return "The details could not be written to " + log + " (" + notWritten.getMessage() + ").";
        }
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
