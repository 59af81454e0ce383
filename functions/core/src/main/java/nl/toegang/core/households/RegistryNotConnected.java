package nl.toegang.core.households;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Used where no registry is configured (AWS until the BRP client is built): it knows nobody, so a
 * household starts with the person of the case and the coordinator adds the others by hand.
 */
@Singleton
@Requires(missingProperty = FixturePersonRegistry.SETTING)
public class RegistryNotConnected implements PersonRegistry {

    @Override
    public List<Member> householdOf(String bsn) {
        return List.of();
    }

    @Override
    public Optional<Member> person(String bsn) {
        return Optional.empty();
    }
}
