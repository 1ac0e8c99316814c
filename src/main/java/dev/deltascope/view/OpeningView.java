package dev.deltascope.view;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

/**
 * What the window shows in its very first frame while the main window is built behind it: the icon,
 * the name and a line saying what is being opened. Two labels and an image, no control with a heavy
 * skin, so that this frame costs little more than JavaFX's own start.
 */
final class OpeningView {

    static final String ID = "opening";

    private OpeningView() {
    }

    /** The view, marked with {@code theme} so the app stylesheet colours it like the window that follows. */
    static Parent create(Theme theme, Image icon) {
        ImageView picture = new ImageView(icon);
        picture.setFitWidth(96);
        picture.setFitHeight(96);
        picture.setSmooth(true);
        Label name = new Label("Deltascope");
        name.getStyleClass().add("opening-name");
        Label what = new Label("Opening the default network…");
        what.getStyleClass().add("opening-what");
        VBox view = new VBox(12, picture, name, what);
        view.setAlignment(Pos.CENTER);
        view.setId(ID);
        theme.apply(view);
        return view;
    }
}
