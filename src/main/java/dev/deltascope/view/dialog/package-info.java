/**
 * Error and question dialogs, in plain words and never with a stack trace, shared by every part of
 * the window.
 */
package dev.deltascope.view.dialog;
