package dev.deltascope.view.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;

/**
 * Tells whether a node can be seen: it is in a scene and neither it nor any ancestor is hidden
 * (a tab pane hides the content of the tabs not selected). The cost panel measures only then.
 */
final class Visibility {

    private final Node node;
    private final Consumer<Boolean> changed;
    private final List<Observable> watched = new ArrayList<>();
    private final InvalidationListener recheck = observable -> check();
    private final InvalidationListener rewatch = observable -> rewatch();
    private Boolean last;

    private Visibility(Node node, Consumer<Boolean> changed) {
        this.node = node;
        this.changed = changed;
    }

    /** Calls {@code changed} with true or false whenever whether {@code node} can be seen changes. */
    static void watch(Node node, Consumer<Boolean> changed) {
        Visibility visibility = new Visibility(node, changed);
        node.sceneProperty().addListener(visibility.rewatch);
        visibility.rewatch();
    }

    private void rewatch() {
        for (Observable observable : watched) {
            observable.removeListener(recheck);
            observable.removeListener(rewatch);
        }
        watched.clear();
        for (Node current = node; current != null; current = current.getParent()) {
            current.visibleProperty().addListener(recheck);
            current.parentProperty().addListener(rewatch);
            watched.add(current.visibleProperty());
            watched.add(current.parentProperty());
        }
        check();
    }

    private void check() {
        boolean visible = node.getScene() != null;
        for (Node current = node; current != null && visible; current = current.getParent()) {
            visible = current.isVisible();
        }
        if (!Boolean.valueOf(visible).equals(last)) {
            last = visible;
            changed.accept(visible);
        }
    }
}
