/**
 * The training panel: gradient descent steps on the edited network, and the chart of the cost
 * against the step.
 */
package dev.deltascope.view.training;
