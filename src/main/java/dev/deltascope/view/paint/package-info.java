/**
 * Colours and looks: the light and dark {@link dev.deltascope.view.paint.Theme} with the window's
 * stylesheet, the palette that colours values, the swatches formulas are drawn in, presentation mode.
 */
package dev.deltascope.view.paint;
