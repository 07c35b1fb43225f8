package org.journeyaudit.architecture.breach.engine;

import org.kie.api.runtime.KieSession;
import org.springframework.stereotype.Component;

/** A class that breaks both boundaries at once: it is a Spring component and it holds a KIE session. */
@Component
public class SessionHolder {

    private final KieSession session;

    public SessionHolder(KieSession session) {
        this.session = session;
    }

    public long facts() {
        return session.getFactCount();
    }
}
