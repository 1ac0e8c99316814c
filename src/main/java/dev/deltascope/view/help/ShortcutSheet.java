package dev.deltascope.view.help;

import atlantafx.base.theme.Styles;
import dev.deltascope.view.keys.Shortcut;
import dev.deltascope.view.paint.Theme;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The keyboard-shortcut sheet: every group of shortcuts in two columns, each key drawn as a key
 * cap, with a search field on top. The lines come from the window's real bindings each time the
 * sheet opens. Esc closes it.
 */
public final class ShortcutSheet {

    private static final double KEYS_WIDTH = 270;

    private final Stage stage = new Stage();
    private final Supplier<List<Shortcut>> shortcuts;
    private final TextField search = new TextField();
    private final HBox columns = new HBox(36);
    private List<ShortcutList.Group> groups = List.of();

    public ShortcutSheet(Window owner, Supplier<List<Shortcut>> shortcuts, boolean dark) {
        this.shortcuts = shortcuts;
        search.setPromptText("Search shortcuts");
        search.setId("shortcut-search");
        search.textProperty().addListener((observable, old, query) -> fill());
        Label heading = new Label("Keyboard shortcuts");
        heading.getStyleClass().add(Styles.TITLE_2);
        HBox top = new HBox(24, heading, search);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(320);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("sheet-top");
        columns.getStyleClass().add("sheet-columns");
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        BorderPane root = new BorderPane(scroll, top, null, null, null);
        root.setId("shortcut-sheet");
        root.getStyleClass().addAll("shortcut-sheet", dark ? "theme-dark" : "theme-light");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1100, screen.getWidth() - 40), Math.min(820, screen.getHeight() - 60));
        scene.getStylesheets().add(Theme.stylesheet());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
                event.consume();
            }
        });
        stage.setScene(scene);
        stage.setTitle("Keyboard shortcuts");
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
    }

    /** Opens the sheet (or brings it to the front) with the bindings as they are now. */
    public void show() {
        groups = ShortcutList.group(shortcuts.get());
        search.clear();
        fill();
        stage.show();
        stage.toFront();
        search.requestFocus();
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    Stage stage() {
        return stage;
    }

    /** Lays the groups that match the search out in two columns of about equal length. */
    private void fill() {
        List<ShortcutList.Group> shown = ShortcutList.filter(groups, search.getText());
        VBox left = new VBox(16);
        VBox right = new VBox(16);
        int split = balancedSplit(shown.stream().mapToInt(ShortcutSheet::rows).toArray());
        for (int i = 0; i < shown.size(); i++) {
            (i < split ? left : right).getChildren().add(group(shown.get(i)));
        }
        if (shown.isEmpty()) {
            Label none = new Label("No shortcut matches “" + search.getText().strip() + "”.");
            none.getStyleClass().add("hint");
            left.getChildren().add(none);
        }
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setMaxWidth(Double.MAX_VALUE);
        right.setMaxWidth(Double.MAX_VALUE);
        columns.getChildren().setAll(left, right);
    }

    /** Where to cut the groups, kept in order, so that both columns have about as many rows. */
    private static int balancedSplit(int[] rows) {
        int total = Arrays.stream(rows).sum();
        int best = Math.min(1, rows.length);
        int left = 0;
        int bestDifference = Integer.MAX_VALUE;
        for (int i = 0; i < rows.length; i++) {
            left += rows[i];
            int difference = Math.abs(total - 2 * left);
            if (difference <= bestDifference) {
                bestDifference = difference;
                best = i + 1;
            }
        }
        return best;
    }

    /** About how many rows the group takes: its title, a gap, and each line with its keys wrapped as the sheet wraps them. */
    private static int rows(ShortcutList.Group group) {
        int rows = 2;
        for (ShortcutList.Line line : group.lines()) {
            double used = 0;
            int lineRows = 1;
            for (String combination : line.keys()) {
                String[] keys = combination.split(" \\+ ");
                double width = (used > 0 ? 24 : 0) + 18.0 * (keys.length - 1);
                for (String key : keys) {
                    width += key.length() * 9 + 18;
                }
                if (used > 0 && used + width > KEYS_WIDTH) {
                    lineRows++;
                    used = 0;
                }
                used += width;
            }
            rows += lineRows;
        }
        return rows;
    }

    private static Node group(ShortcutList.Group group) {
        Label name = new Label(group.name());
        name.getStyleClass().add("sheet-group");
        GridPane lines = new GridPane();
        lines.setHgap(18);
        lines.setVgap(4);
        int row = 0;
        for (ShortcutList.Line line : group.lines()) {
            Label description = new Label(line.description());
            description.setWrapText(true);
            description.getStyleClass().add("sheet-description");
            lines.add(keys(line.keys()), 0, row);
            lines.add(description, 1, row);
            row++;
        }
        return new VBox(6, name, lines);
    }

    /** Each alternative as key caps joined by "+", alternatives separated by "or" and wrapped as a whole. */
    private static Node keys(List<String> combinations) {
        FlowPane box = new FlowPane(5, 3);
        box.setPrefWrapLength(KEYS_WIDTH);
        box.setMinWidth(KEYS_WIDTH);
        box.setAlignment(Pos.CENTER_LEFT);
        for (String combination : combinations) {
            HBox caps = new HBox(4);
            caps.setAlignment(Pos.CENTER_LEFT);
            caps.setMinWidth(Region.USE_PREF_SIZE);
            if (!box.getChildren().isEmpty()) {
                caps.getChildren().add(muted("or"));
            }
            String[] keys = combination.split(" \\+ ");
            for (int i = 0; i < keys.length; i++) {
                if (i > 0) {
                    caps.getChildren().add(muted("+"));
                }
                Label cap = new Label(keys[i]);
                cap.getStyleClass().add("key-cap");
                cap.setMinWidth(Region.USE_PREF_SIZE);
                caps.getChildren().add(cap);
            }
            box.getChildren().add(caps);
        }
        box.getStyleClass().add("sheet-keys");
        box.setAccessibleText(String.join(" or ", combinations));
        return box;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sheet-or");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
