package dev.deltascope.view;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** A bordered, labelled region that holds the place of a part of the window still being built. */
final class Placeholder extends StackPane {

    Placeholder(String name) {
        Label label = new Label(name);
        label.getStyleClass().add("placeholder-label");
        label.setWrapText(true);
        getChildren().add(label);
        setAlignment(Pos.CENTER);
        getStyleClass().add("placeholder");
        setMinSize(80, 60);
    }
}
