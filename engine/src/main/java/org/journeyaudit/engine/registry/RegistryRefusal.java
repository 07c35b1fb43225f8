package org.journeyaudit.engine.registry;

/** A registry directory refuses a write or cannot be read; the message says what and where. */
public final class RegistryRefusal extends RuntimeException {
    public RegistryRefusal(String message) {
        super(message);
    }
}
