package org.journeyaudit.cli;

/**
 * The registry could not do what was asked, or could not be reached: the message says what happened and what to do, and
 * nothing local was changed.
 */
final class RegistryRefusal extends RuntimeException {

    RegistryRefusal(String message) {
        super(message, null, false, false);
    }
}
