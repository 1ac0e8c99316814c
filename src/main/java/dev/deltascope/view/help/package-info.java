/**
 * Help for the person at the window: the guided tour, the shortcut sheet and its content, "What am I
 * looking at?", the convention table and the translation of a step into another convention, About.
 */
package dev.deltascope.view.help;
