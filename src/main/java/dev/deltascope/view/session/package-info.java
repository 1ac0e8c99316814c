/**
 * What is remembered between runs: the configuration folder, the window's settings and placement,
 * recent files, recovery of unsaved work after a crash, the chosen convention.
 */
package dev.deltascope.view.session;
