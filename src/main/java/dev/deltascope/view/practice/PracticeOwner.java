package dev.deltascope.view.practice;

import dev.deltascope.view.editor.NetworkEditorModel;
import dev.deltascope.view.step.StepperModel;
import javafx.stage.Stage;

/** What the Practice menu needs of the window: its stage, practice mode, the network and the shown precision. */
public interface PracticeOwner {

    /** The window the menu's dialogs are owned by. */
    Stage stage();

    /** Practice mode and its exercise. */
    PracticeModel practice();

    /** The network an exercise sheet is made from. */
    NetworkEditorModel editor();

    /** The derivation being shown, whose precision an exercise sheet uses. */
    StepperModel stepper();
}
