/**
 * The cost panel: how many operations and how much time each backward method spends on every step,
 * and how the activation node's cost grows when a layer is widened, counted and measured.
 */
package dev.deltascope.view.cost;
