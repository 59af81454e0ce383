package nl.toegang.core.households;

import java.util.List;
import java.util.Optional;

/**
 * Who lives together, as the Basisregistratie Personen (BRP) knows it. In production the BRP
 * supplies the people at a person's address and their relations; that BRP client is not built
 * yet, so AWS uses {@link RegistryNotConnected} (it knows nobody) and the local runtime reads a
 * fixture ({@link FixturePersonRegistry}, setting {@code toegang.brp.fixture}).
 */
public interface PersonRegistry {

    /**
     * The people living at the person's address, the person first as {@link MemberRelation#MAIN_PERSON},
     * the others with their relation to that person.
     *
     * @return empty when the registry does not know the person
     */
    List<Member> householdOf(String bsn);

    /** A person the registry knows, with relation {@link MemberRelation#OTHER}. */
    Optional<Member> person(String bsn);
}
