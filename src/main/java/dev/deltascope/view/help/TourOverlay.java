package dev.deltascope.view.help;

import atlantafx.base.theme.Styles;
import dev.deltascope.view.paint.Theme;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polygon;
import javafx.stage.Popup;
import javafx.stage.Window;

/**
 * The guided tour on screen: a callout card beside the part of the window it is about, with an
 * arrow pointing at it and the part outlined. Next, Back and Skip walk it; Esc skips. The buttons
 * never take the keyboard focus, so the window's keys keep working while the tour is up.
 */
public final class TourOverlay {

    /** Style class of the part the current stop points at. */
    static final String HIGHLIGHT = "tour-target";

    private static final double ARROW = 18;
    private static final double GAP = 6;

    private final Window owner;
    private final Tour tour;
    private final Function<String, Node> targets;
    private final Runnable ended;
    private final Popup popup = new Popup();
    private final Label position = new Label();
    private final Label title = new Label();
    private final Label text = new Label();
    private final Button back = new Button("Back");
    private final Button next = new Button();
    private final Pane arrowLayer = new Pane();
    private final Polygon arrow = new Polygon();
    private final VBox card;
    private final VBox content = new VBox();
    private final InvalidationListener follow = observable -> place();
    private Node highlighted;

    /**
     * @param targets finds the node a stop points at by its id, or null when it is not showing
     * @param ended called once when the tour is finished, skipped or closed with its window
     */
    TourOverlay(Window owner, Tour tour, Function<String, Node> targets, Runnable ended) {
        this.owner = owner;
        this.tour = tour;
        this.targets = targets;
        this.ended = ended;
        Button skip = new Button("Skip tour");
        skip.setId("tour-skip");
        skip.getStyleClass().add(Styles.FLAT);
        skip.setOnAction(event -> skip());
        back.setId("tour-back");
        back.setOnAction(event -> {
            tour.back();
            showStop();
        });
        next.setId("tour-next");
        next.getStyleClass().add(Styles.ACCENT);
        next.setOnAction(event -> advance());
        for (Button button : new Button[] {skip, back, next}) {
            button.setFocusTraversable(false);
        }
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox buttons = new HBox(8, skip, space, back, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        position.setId("tour-position");
        position.getStyleClass().add("tour-position");
        title.setId("tour-title");
        title.getStyleClass().add("tour-title");
        text.setId("tour-text");
        text.getStyleClass().add("tour-text");
        text.setWrapText(true);
        card = new VBox(10, position, title, text, buttons);
        card.getStyleClass().add("tour-card");
        arrow.getStyleClass().add("tour-arrow");
        arrowLayer.getChildren().add(arrow);
        arrowLayer.setMouseTransparent(true);
        content.setId("tour");
        content.getStylesheets().add(Theme.stylesheet());
        popup.getContent().add(content);
        popup.setHideOnEscape(true);
        popup.setAutoHide(false);
        popup.setAutoFix(false);
        popup.setOnHidden(event -> end());
    }

    void show() {
        popup.show(owner);
        follow(true);
        showStop();
    }

    /** Ends the tour where it is. */
    public void skip() {
        popup.hide();
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    private void advance() {
        if (tour.isLast()) {
            popup.hide();
        } else {
            tour.next();
            showStop();
        }
    }

    private void showStop() {
        Tour.Stop stop = tour.current();
        position.setText(tour.position());
        title.setText(stop.title());
        text.setText(stop.text());
        back.setDisable(tour.isFirst());
        next.setText(tour.isLast() ? "Done" : "Next");
        if (highlighted != null) {
            highlighted.getStyleClass().remove(HIGHLIGHT);
        }
        highlighted = targets.apply(stop.target());
        if (highlighted != null) {
            highlighted.getStyleClass().add(HIGHLIGHT);
        }
        place();
    }

    /** Puts the card beside the target, inside the window, and turns the arrow towards the target. */
    private void place() {
        Tour.Placement placement = tour.current().placement();
        Bounds target = highlighted == null || highlighted.getScene() == null ? null
                : highlighted.localToScreen(highlighted.getBoundsInLocal());
        boolean sideways = placement == Tour.Placement.RIGHT_OF;
        if (sideways) {
            content.getChildren().setAll(new HBox(arrowLayer, card));
        } else if (placement == Tour.Placement.ABOVE) {
            content.getChildren().setAll(card, arrowLayer);
        } else {
            content.getChildren().setAll(arrowLayer, card);
        }
        arrowLayer.setMinSize(sideways ? ARROW : 0, sideways ? 0 : ARROW);
        arrowLayer.setPrefSize(sideways ? ARROW : 0, sideways ? 0 : ARROW);
        content.applyCss();
        content.layout();
        double width = content.prefWidth(-1);
        double height = content.prefHeight(width);
        double x;
        double y;
        if (target == null) {
            x = owner.getX() + (owner.getWidth() - width) / 2;
            y = owner.getY() + (owner.getHeight() - height) / 2;
        } else if (sideways) {
            x = target.getMaxX() + GAP;
            y = target.getMinY() + Math.min(target.getHeight() / 2, 260) - height / 2;
        } else {
            x = target.getMinX() + target.getWidth() / 2 - width / 2;
            y = placement == Tour.Placement.BELOW ? target.getMaxY() + GAP : target.getMinY() - height - GAP;
        }
        x = clamp(x, owner.getX() + 8, owner.getX() + owner.getWidth() - width - 8);
        y = clamp(y, owner.getY() + 8, owner.getY() + owner.getHeight() - height - 8);
        popup.setX(x);
        popup.setY(y);
        arrow.setVisible(target != null);
        if (target != null) {
            pointArrow(placement, target, x, y, width, height);
        }
    }

    private void pointArrow(Tour.Placement placement, Bounds target, double x, double y, double width,
            double height) {
        double half = ARROW * 0.8;
        if (placement == Tour.Placement.RIGHT_OF) {
            double tip = clamp(target.getMinY() + Math.min(target.getHeight() / 2, 260) - y, 24, height - 24);
            arrow.getPoints().setAll(0.0, tip, ARROW, tip - half, ARROW, tip + half);
        } else {
            double tip = clamp(target.getMinX() + target.getWidth() / 2 - x, 24, width - 24);
            arrow.getPoints().setAll(placement == Tour.Placement.BELOW
                    ? new Double[] {tip, 0.0, tip - half, ARROW, tip + half, ARROW}
                    : new Double[] {tip, ARROW, tip - half, 0.0, tip + half, 0.0});
        }
    }

    /** Keeps the card beside its target while the window moves or changes size. */
    private void follow(boolean on) {
        for (Observable property : new Observable[] {owner.xProperty(), owner.yProperty(), owner.widthProperty(),
                owner.heightProperty()}) {
            if (on) {
                property.addListener(follow);
            } else {
                property.removeListener(follow);
            }
        }
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(value, Math.max(low, high)));
    }

    private void end() {
        follow(false);
        if (highlighted != null) {
            highlighted.getStyleClass().remove(HIGHLIGHT);
            highlighted = null;
        }
        ended.run();
    }
}
