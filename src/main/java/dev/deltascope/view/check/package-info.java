/**
 * The gradient check panel: backpropagation's gradient against central finite differences, parameter
 * by parameter.
 */
package dev.deltascope.view.check;
