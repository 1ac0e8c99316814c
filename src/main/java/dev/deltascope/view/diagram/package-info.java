/**
 * The network diagram above the step: units and weights coloured by value, the part the current step
 * is about highlighted, wide layers elided as in the grids.
 */
package dev.deltascope.view.diagram;
