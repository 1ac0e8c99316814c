package dev.deltascope.view.help;

import javafx.scene.Parent;
import javafx.stage.Stage;

/** What the guided tour needs of the window: the stage it floats over and the parts its stops point at by id. */
public interface TourOwner {

    /** The window the tour's overlay follows. */
    Stage stage();

    /** The window's content, in which each stop's part is looked up by its id. */
    Parent root();
}
