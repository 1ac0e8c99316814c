package dev.deltascope.view.help;

import dev.deltascope.derivation.SymbolEntry;
import dev.deltascope.view.step.FormulaView;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One entry of "What am I looking at?": the symbol typeset on the left, what it is and where it lives on the right. */
final class WhatAmILookingAtRow extends HBox {

    private static final double SYMBOL_SIZE = 22;
    /** The symbol column is as wide as the widest symbol, within these bounds; wider symbols are drawn smaller. */
    static final double NARROWEST_COLUMN = 90;
    static final double WIDEST_COLUMN = 190;
    private static final PseudoClass MARKED = PseudoClass.getPseudoClass("marked");

    private final SymbolEntry entry;
    private final FormulaView symbol;
    private final Label meaning = new Label();
    private final Label location = new Label();
    private final HBox symbolCell;
    private final double symbolWidth;

    WhatAmILookingAtRow(SymbolEntry entry) {
        this.entry = entry;
        this.symbol = new FormulaView(entry.latex());
        this.symbolCell = new HBox(symbol);
        symbol.fontSizeProperty().set(SYMBOL_SIZE);
        this.symbolWidth = symbol.prefWidth(-1);
        createView();
    }

    private void createView() {
        getStyleClass().add("guide-row");
        symbol.getStyleClass().add("guide-symbol");
        symbolCell.setAlignment(Pos.TOP_CENTER);
        symbolCell.setMinHeight(Region.USE_PREF_SIZE);
        setSymbolColumn(NARROWEST_COLUMN);
        meaning.setText(entry.meaning());
        meaning.getStyleClass().add("guide-meaning");
        meaning.setWrapText(true);
        meaning.setMinHeight(Region.USE_PREF_SIZE);
        location.setText(entry.location());
        location.getStyleClass().add("guide-location");
        location.setWrapText(true);
        location.setMinHeight(Region.USE_PREF_SIZE);
        VBox texts = new VBox(4, meaning, location);
        texts.setMinWidth(0);
        HBox.setHgrow(texts, Priority.ALWAYS);
        setSpacing(12);
        setPadding(new Insets(10, 16, 10, 12));
        getChildren().setAll(symbolCell, texts);
        setAccessibleText(entry.meaning() + " " + entry.location());
    }

    SymbolEntry entry() {
        return entry;
    }

    String meaning() {
        return meaning.getText();
    }

    String location() {
        return location.getText();
    }

    FormulaView symbol() {
        return symbol;
    }

    /** The width the symbol needs at its full size. */
    double symbolWidth() {
        return symbolWidth;
    }

    /** Gives the symbol {@code width}, shrinking it to fit when it is wider. */
    void setSymbolColumn(double width) {
        symbolCell.setMinWidth(width);
        symbolCell.setPrefWidth(width);
        symbolCell.setMaxWidth(width);
        symbol.fontSizeProperty().set(symbolWidth > width ? SYMBOL_SIZE * width / symbolWidth : SYMBOL_SIZE);
    }

    /** Whether this row's grid is marked in the step pane now. */
    void setMarked(boolean marked) {
        pseudoClassStateChanged(MARKED, marked);
    }

    boolean isMarked() {
        return getPseudoClassStates().contains(MARKED);
    }
}
