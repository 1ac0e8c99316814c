/**
 * Key tables: a {@code KeyBinding} ties keys to an action, {@code KeyBindings} dispatches them, and
 * {@code KeyNames} writes a key as the shortcut sheet shows it. Each feature declares its own keys
 * ({@code StepKeys}, {@code EditKeys}, {@code FieldKeys}).
 */
package dev.deltascope.view.keys;
