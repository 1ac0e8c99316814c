package dev.deltascope.view.help;

import atlantafx.base.theme.Styles;
import dev.deltascope.derivation.ConventionSources;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help → Conventions and their sources: each named convention, where a learner meets it, and how it reads in code. */
public final class ConventionTableDialog {

    public static final String TITLE = "Conventions and their sources";

    private ConventionTableDialog() {
    }

    public static void show(Window owner) {
        GridPane table = new GridPane();
        table.setId("convention-table");
        table.setHgap(16);
        table.setVgap(8);
        String[] headings = {"name", "where you meet it", "forward rule and W", "in code"};
        for (int c = 0; c < headings.length; c++) {
            Label heading = new Label(headings[c]);
            heading.getStyleClass().add(Styles.TEXT_BOLD);
            table.add(heading, c, 0);
        }
        int row = 1;
        for (ConventionSources sources : ConventionSources.TABLE) {
            table.addRow(row++, cell(sources.name(), 90), cell(sources.sources(), 230), cell(sources.forward(), 260),
                    cell(sources.code(), 240));
        }
        Label note = new Label("View → Convention chooses one (Ctrl+K steps through them); the numbers never change, "
                + "only their arrangement and the symbols. The network file is not affected.");
        note.setWrapText(true);
        VBox content = new VBox(12, table, note);
        content.setPrefWidth(880);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(TITLE);
        alert.setHeaderText(TITLE);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("convention-table-dialog");
        alert.show();
    }

    private static Label cell(String text, double width) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setPrefWidth(width);
        return label;
    }
}
