/**
 * Practice mode: each step is asked before it is shown; the exercise model, the answer pane, the
 * scores kept between runs and the Practice menu.
 */
package dev.deltascope.view.practice;
