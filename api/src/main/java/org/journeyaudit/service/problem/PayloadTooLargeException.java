package org.journeyaudit.service.problem;

/** A request body grew past the configured limit while it was read. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limit) {
        super("the request body is larger than the limit of " + limit + " bytes");
    }
}
