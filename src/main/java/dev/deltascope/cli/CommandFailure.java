package dev.deltascope.cli;

/** A problem with the command's arguments that the user can fix; its message is the whole line after the command name. */
final class CommandFailure extends RuntimeException {

    CommandFailure(String message) {
        super(message);
    }
}
