package org.journeyaudit.service.profile;

import java.util.LinkedHashMap;
import java.util.Map;

import org.journeyaudit.engine.document.NearestName;
import org.journeyaudit.engine.profile.Profile;
import org.journeyaudit.engine.profile.ProfileReader;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.service.problem.BadParameterException;
import org.springframework.stereotype.Component;

/**
 * The profiles a request may name: the built-in ones only, resolved once at start. A request never names
 * a file: the service reads nothing from its disk on a client's behalf.
 */
@Component
public class ServiceProfiles {

    private final Map<String, Profile> profiles = new LinkedHashMap<>();

    ServiceProfiles(RuleBase ruleBase) {
        ProfileReader reader = new ProfileReader(ruleBase.catalogue());
        ProfileReader.BUILT_IN.forEach(name -> profiles.put(name, reader.builtIn(name)));
    }

    /** The profile named by the {@code profile} query parameter; {@code recommended} when none is named. */
    public Profile named(String name) {
        if (name == null || name.isBlank()) {
            return profiles.get("recommended");
        }
        Profile profile = profiles.get(name);
        if (profile == null) {
            throw new BadParameterException("profile: unknown profile '" + name + "'" + NearestName.among(name, profiles.keySet())
                    .map(n -> "; did you mean '" + n + "'?").orElse("") + "; the service offers the built-in profiles "
                    + String.join(", ", profiles.keySet()));
        }
        return profile;
    }
}
