package dev.deltascope.view.dialog;

/** The questions and failures the file actions put to the person; dialogs in the window, answers in tests. */
public interface Prompts {

    /** What to do with unsaved changes to {@code name} before {@code action} ("opening another network"). */
    Dialogs.Choice unsavedChanges(String name, String action);

    /** Reports a failure: a one-line header and the details in plain words. */
    void error(String header, String details);
}
