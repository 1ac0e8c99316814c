/**
 * The network editor: {@code NetworkEditorModel} (every edit undoable), the layer list, the parameter
 * grid, the training examples, the presets, the open document ({@code DocumentModel}) and the editing
 * keys.
 */
package dev.deltascope.view.editor;
