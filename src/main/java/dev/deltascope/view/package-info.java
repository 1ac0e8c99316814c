/**
 * The window. This package is the shell: {@code DeltascopeApp} starts it, {@code MainWindow} builds it
 * from the feature packages below ({@code step}, {@code editor}, {@code diagram}, {@code cost},
 * {@code check}, {@code training}, {@code practice}, {@code export}, {@code help}), {@code AppMenus}
 * makes its menu bar and {@code WindowLayout} places its parts. No feature reaches back into the shell:
 * one that needs the window takes a narrow interface of its own ({@code ExportOwner},
 * {@code PracticeOwner}, {@code TourOwner}), which {@code MainWindow} implements.
 */
package dev.deltascope.view;
