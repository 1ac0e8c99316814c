package dev.deltascope.view.export;

import dev.deltascope.view.editor.DocumentModel;
import dev.deltascope.view.paint.Theme;
import dev.deltascope.view.step.StepperModel;
import javafx.stage.Stage;

/** What the export dialogs need of the window they open over: its stage, its steps, its look and its document. */
public interface ExportOwner {

    /** The window the dialogs are owned by; its properties remember the last export folder. */
    Stage stage();

    /** The derivation and step being shown. */
    StepperModel stepper();

    /** The window's look, which the exported pictures follow unless the user picks the other. */
    Theme theme();

    /** The open document, whose folder is where the first export is offered. */
    DocumentModel document();
}
