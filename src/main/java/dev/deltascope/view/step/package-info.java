/**
 * The step being shown: {@code StepperModel} walks the derivation, {@code StepPane} lays out its
 * formulas ({@code FormulaView}) beside its numeric grids ({@code MatrixGridView}, elided by
 * {@code GridLayout}), {@code ViewSwitch} picks the backward view, {@code StepTimeline} and
 * {@code StepKeys} move through the steps.
 */
package dev.deltascope.view.step;
