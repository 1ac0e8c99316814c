package dev.deltascope.export;

import dev.deltascope.derivation.Derivation;
import dev.deltascope.derivation.NamedMatrix;
import dev.deltascope.derivation.Step;
import dev.deltascope.derivation.View;
import dev.deltascope.derivation.ViewKind;
import dev.deltascope.render.Formula;
import dev.deltascope.render.FormulaRenderer;
import dev.deltascope.numbers.NumberFormatter;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * One step laid out as a picture, in points: a caption (network title, step number), the title,
 * the explanation, the symbolic and the numeric formula, how well the methods agree, and the
 * matrices as heat-mapped grids. With a view chosen, the view's title, explanation, formulas and
 * matrices follow the step's own formulas. The size is measured once, at construction.
 */
public final class StepPicture {

    private static final double MARGIN = 24;
    private static final double MIN_CONTENT_WIDTH = 560;
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

        void draw(Graphics2D graphics, double x, double y, boolean vector);
    }

    private final PictureTheme theme;
    private final List<Block> blocks = new ArrayList<>();
    private final double contentWidth;
    private final double height;

    /** The picture of a step; view may be null for the step alone, or a view the step does not have. */
    public StepPicture(Derivation derivation, Step step, ViewKind view, PictureTheme theme) {
        this.theme = theme;
        List<Formula> formulas = new ArrayList<>();
        formulas.add(FormulaRenderer.layout(step.symbolic(), SYMBOLIC_POINTS));
        formulas.add(FormulaRenderer.layout(step.numeric(), NUMERIC_POINTS));
        View shown = view == null ? null : step.view(view);
        List<NamedMatrix> matrices = shown == null ? step.matrices() : shown.matrices();
        List<Formula> viewFormulas = new ArrayList<>();
        if (shown != null) {
            viewFormulas.add(FormulaRenderer.layout(shown.symbolic(), SYMBOLIC_POINTS));
            viewFormulas.add(FormulaRenderer.layout(shown.numeric(), NUMERIC_POINTS));
            for (String unit : shown.unitFormulas().subList(0,
                    Math.min(shown.unitFormulas().size(), derivation.style().maxRows()))) {
                viewFormulas.add(FormulaRenderer.layout(unit, NUMERIC_POINTS));
            }
        }
        List<MatrixGrid> grids = matrices.stream().map(m -> new MatrixGrid(m, derivation.style(), theme)).toList();
        double widest = MIN_CONTENT_WIDTH;
        for (Formula formula : formulas) {
            widest = Math.max(widest, formula.width());
        }
        for (Formula formula : viewFormulas) {
            widest = Math.max(widest, formula.width());
        }
        for (MatrixGrid grid : grids) {
            widest = Math.max(widest, grid.width());
        }
        this.contentWidth = widest;

        String caption = derivation.trace().network().title() + " — step " + (step.index() + 1) + " of "
                + derivation.steps().size();
        addText(caption, CAPTION_SIZE, false);
        addText(step.title(), TITLE_SIZE, true);
        addText(String.join(" ", step.explanation()), TEXT_SIZE, false);
        formulas.forEach(this::addFormula);
        if (step.agreement() != null) {
            NumberFormatter numbers = new NumberFormatter(derivation.style().significantDigits());
            addText(step.agreement().sentence(numbers::text), TEXT_SIZE, false);
        }
        if (shown != null) {
            addText(shown.title(), SUBTITLE_SIZE, true);
            addText(String.join(" ", shown.explanation()), TEXT_SIZE, false);
            viewFormulas.forEach(this::addFormula);
        }
        addGrids(grids);
        double total = 2 * MARGIN;
        for (Block block : blocks) {
            total += block.height() + GAP;
        }
        this.height = total - GAP;
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
            public void draw(Graphics2D graphics, double x, double y, boolean vector) {
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
            public void draw(Graphics2D graphics, double x, double y, boolean vector) {
                if (vector) {
                    formula.drawAsPaths(graphics, x, y, theme.foreground());
                } else {
                    formula.draw(graphics, x, y, theme.foreground());
                }
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
                public void draw(Graphics2D graphics, double x, double y, boolean vector) {
                    double left = x;
                    for (MatrixGrid grid : line) {
                        grid.draw(graphics, left, y + GAP);
                        left += grid.width() + GRID_GAP;
                    }
                }
            });
        }
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
     * vector draws formula glyphs as outlines (for SVG and PDF). The background, if any, covers the
     * size rounded up to whole points. The Graphics2D's state is changed.
     */
    public void draw(Graphics2D graphics, boolean vector) {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        if (theme.background() != null) {
            graphics.setColor(theme.background());
            graphics.fill(new Rectangle2D.Double(0, 0, Math.ceil(width()), Math.ceil(height())));
        }
        double y = MARGIN;
        for (Block block : blocks) {
            block.draw(graphics, MARGIN, y, vector);
            y += block.height() + GAP;
        }
    }
}
