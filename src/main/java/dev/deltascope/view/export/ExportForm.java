package dev.deltascope.view.export;

import atlantafx.base.theme.Styles;
import dev.deltascope.derivation.Convention;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.export.Exporter;
import dev.deltascope.view.export.ExportSettings.Range;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The choices of an export: format, steps, view of backward steps, convention, digits, scale, colours, and
 * where the files go, with what will be written and, in plain words, what stops it.
 */
final class ExportForm extends VBox {

    private static final Map<String, String> FORMAT_NAMES = Map.of(
            "png", "PNG image", "svg", "SVG image (vector)", "pdf", "PDF handout",
            "tex", "LaTeX article", "beamer", "Beamer slides (LaTeX)");
    private static final Map<ViewKind, String> VIEW_NAMES = Map.of(
            ViewKind.VJP, "VJP / Hadamard", ViewKind.JACOBIAN, "Jacobian chain",
            ViewKind.COMPONENT, "Component-wise", ViewKind.NAIVE, "Naive chain", ViewKind.SOFTMAX, "Softmax Jacobian");
    private static final String NO_VIEW = "Every view";
    private static final List<Integer> SCALES = List.of(1, 2, 3);
    private static final Map<Integer, String> SCALE_NAMES = Map.of(
            1, "1× (screen)", 2, "2× (projector)", 3, "3× (print)");

    private final ExportSettings settings;
    /** Spinners bind to these object views of the settings' numbers; bidirectional bindings hold them only weakly. */
    private final ObjectProperty<Integer> fromStep;
    private final ObjectProperty<Integer> toStep;
    private final ObjectProperty<Integer> digits;

    ExportForm(ExportSettings settings) {
        this.settings = settings;
        fromStep = settings.fromStepProperty().asObject();
        toStep = settings.toStepProperty().asObject();
        digits = settings.digitsProperty().asObject();
        createView();
    }

    private void createView() {
        GridPane grid = FormParts.rows(
                List.of("Format", "Steps", "Backward view", "Convention", "Digits", "Scale", "Colours", "Save in",
                        "Name"),
                List.of(formatChooser(), rangeChooser(), viewChooser(), conventionChooser(), digitsChooser(),
                        scaleChooser(), colourChooser(), folderChooser(), nameField()));
        getChildren().addAll(grid, FormParts.summary(settings.summaryProperty(), "export-summary"), FormParts.problem(settings.problemProperty(), "export-problem"));
        setSpacing(12);
        setId("export-form");
    }

    private Node formatChooser() {
        ComboBox<Exporter> formats = new ComboBox<>();
        formats.getItems().setAll(Exporter.all());
        formats.setConverter(converter(exporter -> FORMAT_NAMES.getOrDefault(exporter.name(), exporter.name())));
        formats.valueProperty().bindBidirectional(settings.formatProperty());
        formats.setId("export-format");
        return formats;
    }

    private Node rangeChooser() {
        ToggleGroup group = new ToggleGroup();
        Step current = settings.derivation().steps().get(settings.currentStep());
        RadioButton currentStep = radio(group, Range.CURRENT_STEP, "export-range-current",
                "Current step (" + (current.index() + 1) + " of " + settings.stepCount() + "): " + current.title());
        RadioButton all = radio(group, Range.ALL_STEPS, "export-range-all", "All " + settings.stepCount() + " steps");
        RadioButton fromTo = radio(group, Range.FROM_TO, "export-range-from-to", "From");
        Spinner<Integer> from = stepSpinner(fromStep, "export-from");
        Spinner<Integer> to = stepSpinner(toStep, "export-to");
        BooleanBinding notFromTo = settings.rangeProperty().isNotEqualTo(Range.FROM_TO);
        from.disableProperty().bind(notFromTo);
        to.disableProperty().bind(notFromTo);
        HBox between = new HBox(8, fromTo, from, new Label("to"), to);
        between.setAlignment(Pos.CENTER_LEFT);
        group.selectedToggleProperty().addListener((observable, old, chosen) -> {
            if (chosen != null) {
                settings.rangeProperty().set((Range) chosen.getUserData());
            }
        });
        return new VBox(6, currentStep, all, between);
    }

    private RadioButton radio(ToggleGroup group, Range range, String id, String text) {
        RadioButton radio = new RadioButton(text);
        radio.setToggleGroup(group);
        radio.setUserData(range);
        radio.setSelected(settings.rangeProperty().get() == range);
        radio.setId(id);
        return radio;
    }

    private Spinner<Integer> stepSpinner(ObjectProperty<Integer> value, String id) {
        Spinner<Integer> spinner = new Spinner<>(1, settings.stepCount(), value.get());
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        spinner.setId(id);
        return spinner;
    }

    private Node viewChooser() {
        ComboBox<ViewKind> views = new ComboBox<>();
        views.getItems().add(null);
        views.getItems().addAll(Arrays.stream(ViewKind.values())
                .filter(kind -> settings.derivation().steps().stream().anyMatch(step -> step.view(kind) != null))
                .toList());
        views.setConverter(converter(view -> view == null ? NO_VIEW : VIEW_NAMES.get(view)));
        views.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ViewKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? NO_VIEW : VIEW_NAMES.get(item));
            }
        });
        views.valueProperty().bindBidirectional(settings.viewProperty());
        views.setId("export-view");
        Label hint = new Label("of every backward step, each labelled");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        return new HBox(10, views, hint);
    }

    private Node conventionChooser() {
        ComboBox<Convention> conventions = new ComboBox<>();
        conventions.getItems().setAll(settings.conventions());
        conventions.setConverter(converter(ExportForm::conventionName));
        conventions.valueProperty().bindBidirectional(settings.conventionProperty());
        conventions.setId("export-convention");
        Label hint = new Label();
        hint.textProperty().bind(Bindings.createStringBinding(() -> settings.conventionProperty().get().summary(),
                settings.conventionProperty()));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        conventions.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox row = new HBox(10, conventions, hint);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A named convention's menu label; "This window's" for a combination no source uses as a whole. */
    private static String conventionName(Convention convention) {
        return Convention.NAMED.stream().filter(named -> named.convention().equals(convention)).findFirst()
                .map(Convention.Named::label).orElse("This window's");
    }

    private Node digitsChooser() {
        Spinner<Integer> spinner = new Spinner<>(1, 12, digits.get());
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.getValueFactory().valueProperty().bindBidirectional(digits);
        spinner.setId("export-digits");
        Label hint = new Label("significant digits");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        HBox row = new HBox(10, spinner, hint);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node scaleChooser() {
        ComboBox<Integer> scales = new ComboBox<>();
        scales.getItems().setAll(SCALES);
        scales.setConverter(converter(SCALE_NAMES::get));
        scales.setValue(settings.scaleProperty().get());
        scales.valueProperty().addListener((observable, old, scale) -> settings.scaleProperty().set(scale));
        scales.disableProperty().bind(settings.formatProperty().isNotEqualTo(Exporter.PNG));
        scales.setId("export-scale");
        return scales;
    }

    private Node colourChooser() {
        ToggleGroup group = new ToggleGroup();
        RadioButton light = new RadioButton("Light");
        RadioButton dark = new RadioButton("Dark");
        light.setToggleGroup(group);
        dark.setToggleGroup(group);
        (settings.darkProperty().get() ? dark : light).setSelected(true);
        dark.selectedProperty().addListener((observable, old, selected) -> settings.darkProperty().set(selected));
        dark.setId("export-dark");
        CheckBox transparent = new CheckBox("Transparent background");
        transparent.selectedProperty().bindBidirectional(settings.transparentProperty());
        transparent.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !settings.formatProperty().get().perStep(), settings.formatProperty()));
        transparent.setId("export-transparent");
        HBox row = new HBox(14, light, dark, transparent);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node folderChooser() {
        return FormParts.folderField(settings.folderProperty(), settings::existingFolder, "Save the export in", "export");
    }

    private Node nameField() {
        TextField name = new TextField();
        name.textProperty().bindBidirectional(settings.nameProperty());
        name.setId("export-name");
        return name;
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
