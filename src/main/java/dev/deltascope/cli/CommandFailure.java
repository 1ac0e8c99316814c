package dev.deltascope.cli;

/** A problem with the command's arguments that the user can fix; the message is the line after the command name. */
final class CommandFailure extends RuntimeException {

    CommandFailure(String message) {
        super(message);
    }
}
