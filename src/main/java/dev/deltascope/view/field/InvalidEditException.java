package dev.deltascope.view.field;

/** An edit the window refused; the message says in plain words what was wrong and where. */
public final class InvalidEditException extends IllegalArgumentException {

    public InvalidEditException(String message) {
        super(message);
    }
}
