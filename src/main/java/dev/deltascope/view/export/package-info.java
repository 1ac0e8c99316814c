/**
 * The export dialogs: pictures and documents of a step or of the whole derivation, and the derivation
 * as code; their settings and the folder each remembers.
 */
package dev.deltascope.view.export;
