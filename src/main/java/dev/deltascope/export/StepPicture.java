package dev.deltascope.export;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.NamedMatrix;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.TitleText;
import dev.deltascope.derivation.View;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.render.Formula;
import dev.deltascope.numbers.NumberFormatter;
import dev.deltascope.render.FormulaFit;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * One step laid out as a picture, in points: a caption (network title, then the step number on a
 * line of its own, so no title can reorder it), the title, the explanation, the symbolic and the
 * numeric formula (broken into lines where wider than the picture), how well the methods agree,
 * each view (every view, or the one chosen) with its title, explanation and formulas, and the
 * matrices as heat-mapped grids. The size is measured once, at construction.
 */
public final class StepPicture {

    private static final double MARGIN = 24;
    private static final double MIN_CONTENT_WIDTH = 560;
    /** Formulas wider than this are broken into lines: a landscape A4 page less its margins. */
    private static final double MAX_CONTENT_WIDTH = 760;
    private static final float CAPTION_SIZE = 10.5f;
    private static final float TITLE_SIZE = 20;
    private static final float SUBTITLE_SIZE = 15;
    private static final float TEXT_SIZE = 12.5f;
    private static final double SYMBOLIC_POINTS = 20;
    private static final double NUMERIC_POINTS = 17;
    private static final double GAP = 10;
    private static final double GRID_GAP = 18;

    /** One piece of the picture, measured, that draws itself at a position. */
    private interface Block {
        double width();

        double height();

        void draw(Graphics2D graphics, double x, double y);
    }

    private final PictureTheme theme;
    private final List<Block> blocks = new ArrayList<>();
    private final double contentWidth;
    private final double fitWidth;
    private final double height;

    /**
     * The picture of a step; view null for every view of a backward step (each labelled, after the
     * step's own formulas), else that view alone (nothing when the step has none). A view whose
     * formulas are the step's own is named, not drawn twice.
     */
    public StepPicture(Derivation derivation, Step step, ViewKind view, PictureTheme theme) {
        this.theme = theme;
        List<View> views = step.views().stream().filter(shown -> view == null || shown.kind() == view).toList();
        List<NamedMatrix> matrices = view == null || views.isEmpty() ? step.matrices() : views.get(0).matrices();
        List<MatrixGrid> grids = matrices.stream().map(m -> new MatrixGrid(m, derivation.style(), theme)).toList();
        double widest = MIN_CONTENT_WIDTH;
        for (MatrixGrid grid : grids) {
            widest = Math.min(Math.max(widest, grid.width()), MAX_CONTENT_WIDTH);
        }
        this.fitWidth = widest;
        List<Formula> formulas = List.of(fit(step.symbolic(), SYMBOLIC_POINTS), fit(step.numeric(), NUMERIC_POINTS));
        List<List<Formula>> viewFormulas = new ArrayList<>();
        for (View shown : views) {
            viewFormulas.add(viewFormulas(shown, step, derivation));
        }
        for (Formula formula : formulas) {
            widest = Math.max(widest, formula.width());
        }
        for (List<Formula> list : viewFormulas) {
            for (Formula formula : list) {
                widest = Math.max(widest, formula.width());
            }
        }
        for (MatrixGrid grid : grids) {
            widest = Math.max(widest, grid.width());
        }
        this.contentWidth = widest;

        addText(TitleText.shown(derivation.trace().network().title()), CAPTION_SIZE, false);
        addText("Step " + (step.index() + 1) + " of " + derivation.steps().size(), CAPTION_SIZE, false);
        addText(step.title(), TITLE_SIZE, true);
        addText(String.join(" ", step.explanation()), TEXT_SIZE, false);
        formulas.forEach(this::addFormula);
        if (step.agreement() != null) {
            NumberFormatter numbers = new NumberFormatter(derivation.style().significantDigits());
            addText(step.agreement().sentence(numbers::text), TEXT_SIZE, false);
        }
        for (int k = 0; k < views.size(); k++) {
            View shown = views.get(k);
            addText(shown.title(), SUBTITLE_SIZE, true);
            addText(String.join(" ", shown.explanation()), TEXT_SIZE, false);
            if (viewFormulas.get(k).isEmpty()) {
                addText("These are the step's formulas above.", TEXT_SIZE, false);
            }
            viewFormulas.get(k).forEach(this::addFormula);
        }
        addGrids(grids);
        double total = 2 * MARGIN;
        for (Block block : blocks) {
            total += block.height() + GAP;
        }
        this.height = total - GAP;
    }

    /** A view's formulas, none when they are the step's own; unit formulas up to the style's row limit. */
    private List<Formula> viewFormulas(View shown, Step step, Derivation derivation) {
        if (shown.symbolic().equals(step.symbolic()) && shown.numeric().equals(step.numeric())) {
            return List.of();
        }
        List<Formula> list = new ArrayList<>();
        list.add(fit(shown.symbolic(), SYMBOLIC_POINTS));
        if (shown.unitFormulas().isEmpty()) {
            list.add(fit(shown.numeric(), NUMERIC_POINTS));
        }
        for (String unit : shown.unitFormulas().subList(0,
                Math.min(shown.unitFormulas().size(), derivation.style().maxRows()))) {
            list.add(fit(unit, NUMERIC_POINTS));
        }
        return list;
    }

    /** The formula broken into lines that fit the picture's width (the grids' width, at least 560 pt, at most 760 pt). */
    private Formula fit(String latex, double pointSize) {
        return FormulaFit.layout(latex, pointSize, fitWidth);
    }

    private void addText(String text, float size, boolean strong) {
        if (text.isBlank()) {
            return;
        }
        List<String> lines = PictureText.wrap(text, size, contentWidth);
        double lineHeight = PictureText.lineHeight(size);
        blocks.add(new Block() {
            @Override
            public double width() {
                return contentWidth;
            }

            @Override
            public double height() {
                return lines.size() * lineHeight;
            }

            @Override
            public void draw(Graphics2D graphics, double x, double y) {
                graphics.setColor(strong ? theme.foreground() : theme.muted());
                for (int i = 0; i < lines.size(); i++) {
                    PictureText.draw(graphics, lines.get(i), size, x, y + i * lineHeight);
                }
            }
        });
    }

    private void addFormula(Formula formula) {
        blocks.add(new Block() {
            @Override
            public double width() {
                return formula.width();
            }

            @Override
            public double height() {
                return formula.totalHeight();
            }

            @Override
            public void draw(Graphics2D graphics, double x, double y) {
                formula.draw(graphics, x, y, theme.foreground());
            }
        });
    }

    /** Grids flow left to right and wrap at the content width. */
    private void addGrids(List<MatrixGrid> grids) {
        List<List<MatrixGrid>> rows = new ArrayList<>();
        List<MatrixGrid> row = new ArrayList<>();
        double used = 0;
        for (MatrixGrid grid : grids) {
            if (!row.isEmpty() && used + GRID_GAP + grid.width() > contentWidth) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            used += (row.isEmpty() ? 0 : GRID_GAP) + grid.width();
            row.add(grid);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        for (List<MatrixGrid> line : rows) {
            double lineHeight = line.stream().mapToDouble(MatrixGrid::height).max().orElse(0);
            blocks.add(new Block() {
                @Override
                public double width() {
                    return contentWidth;
                }

                @Override
                public double height() {
                    return lineHeight + GAP;
                }

                @Override
                public void draw(Graphics2D graphics, double x, double y) {
                    double left = x;
                    for (MatrixGrid grid : line) {
                        grid.draw(graphics, left, y + GAP);
                        left += grid.width() + GRID_GAP;
                    }
                }
            });
        }
    }

    /**
     * Where the picture may be cut across pages: the top of each block after the first, in points
     * from the picture's top (a block is a paragraph, a formula or a row of grids).
     */
    public List<Double> breaks() {
        List<Double> breaks = new ArrayList<>();
        double y = MARGIN;
        for (Block block : blocks) {
            if (y > MARGIN) {
                breaks.add(y - GAP / 2);
            }
            y += block.height() + GAP;
        }
        return breaks;
    }

    /** The empty margin round the picture's content, in points. */
    public double margin() {
        return MARGIN;
    }

    /** Width in points. */
    public double width() {
        return contentWidth + 2 * MARGIN;
    }

    /** Height in points. */
    public double height() {
        return height;
    }

    /**
     * Draws the picture with its top-left corner at the origin of the Graphics2D's user space;
     * vector back ends turn the glyphs into paths themselves (JFreeSVG's vector strings, and
     * PdfBoxGraphics2D for the fonts it was not given). The background, if any, covers the size
     * rounded up to whole points. The Graphics2D's state is changed.
     */
    public void draw(Graphics2D graphics) {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        if (theme.background() != null) {
            graphics.setColor(theme.background());
            graphics.fill(new Rectangle2D.Double(0, 0, Math.ceil(width()), Math.ceil(height())));
        }
        double y = MARGIN;
        for (Block block : blocks) {
            block.draw(graphics, MARGIN, y);
            y += block.height() + GAP;
        }
    }
}
