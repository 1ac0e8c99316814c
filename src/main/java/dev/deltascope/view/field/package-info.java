/**
 * Text fields that check what is typed: {@code ValidatedField} commits on Enter and reverts on
 * Escape, {@code NumberText} parses and writes numbers, {@code InvalidEditException} says what is
 * wrong in one line.
 */
package dev.deltascope.view.field;
