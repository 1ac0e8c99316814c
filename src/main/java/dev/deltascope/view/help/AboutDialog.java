package dev.deltascope.view.help;

import atlantafx.base.theme.Styles;
import dev.deltascope.BundledLibrary;
import dev.deltascope.Version;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help → About Deltascope: what it is, its version, and the libraries it ships with and their licences. */
public final class AboutDialog {

    private AboutDialog() {
    }

    public static void show(Window owner) {
        Label summary = new Label("Shows why backpropagation has a transpose and a Hadamard product: every step "
                + "of the derivation as a formula beside the live numbers, in views that agree.");
        summary.setWrapText(true);
        Label version = new Label(versionText());
        version.setId("about-version");
        version.getStyleClass().add(Styles.TEXT_BOLD);
        Label heading = new Label("Bundled libraries");
        heading.getStyleClass().add(Styles.TITLE_4);
        GridPane libraries = new GridPane();
        libraries.setId("about-libraries");
        libraries.setHgap(20);
        libraries.setVgap(4);
        int row = 0;
        for (BundledLibrary library : Version.bundledLibraries()) {
            Label name = new Label(library.name() + " " + library.version());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label licence = new Label(library.licence());
            licence.setWrapText(true);
            licence.setTooltip(new Tooltip(library.home().toString()));
            libraries.addRow(row++, name, licence);
        }
        VBox content = new VBox(12, version, summary, heading, libraries);
        content.setMaxWidth(620);
        content.setPrefWidth(620);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Deltascope");
        alert.setHeaderText("Deltascope");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("about-dialog");
        alert.show();
    }

    private static String versionText() {
        String number = Version.number();
        return number.equals(Version.DEVELOPMENT_BUILD) ? "Development build" : "Version " + number;
    }
}
