/**
 * The step being shown: {@code StepperModel} walks the derivation ({@code DerivationComputation}
 * computes it, in the background for large networks), {@code StepPane} lays out its heading
 * ({@code StepHeading}), formulas ({@code StepFormulas} of {@code FormulaView}) and numeric grids ({@code StepGrids} of
 * {@code MatrixGridView}, elided by {@code GridLayout}) and, fitted to the screen, searches for the
 * largest arrangement that fits ({@code FitSearch}); {@code ViewSwitch} picks the backward view,
 * {@code StepTimeline} and {@code StepKeys} move through the steps.
 */
package dev.deltascope.view.step;
