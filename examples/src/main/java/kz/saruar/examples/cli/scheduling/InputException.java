package kz.saruar.examples.cli.scheduling;

/** An input file that cannot be read or understood: exit code 2 (unreadable input). */
final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }

    InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
