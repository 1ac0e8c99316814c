package dev.deltascope.view;

import dev.deltascope.view.paint.Theme;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * What the window shows in its very first frame while the main window is built behind it: the icon,
 * the name and a line saying what is being opened, in the colours of the remembered theme. It holds
 * no control and needs no stylesheet, so the first frame waits neither for a control's skin nor for
 * the theme's stylesheet, which the main window loads after it.
 */
final class OpeningView {

    static final String ID = "opening";

    private OpeningView() {
    }

    /** The view in the colours of {@code theme}. */
    static Parent create(Theme theme, Image icon) {
        ImageView picture = new ImageView(icon);
        picture.setFitWidth(96);
        picture.setFitHeight(96);
        picture.setSmooth(true);
        Text name = text("Deltascope", 28, theme.foreground(), "opening-name");
        Text what = text("Opening the default network…", 15, theme.mutedForeground(), "opening-what");
        VBox view = new VBox(12, picture, name, what);
        view.setAlignment(Pos.CENTER);
        view.setBackground(new Background(new BackgroundFill(theme.background(), null, null)));
        view.setId(ID);
        return view;
    }

    private static Text text(String content, double size, Color colour, String styleClass) {
        Text text = new Text(content);
        text.setFont(Font.font(size));
        text.setFill(colour);
        text.getStyleClass().add(styleClass);
        return text;
    }
}
