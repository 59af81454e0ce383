package nl.toegang.core.households;

import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseRepository;

/** The cases of a household: every case about one of its members, under any law. */
@Singleton
public class HouseholdCases {

    private final CaseRepository cases;

    public HouseholdCases(CaseRepository cases) {
        this.cases = cases;
    }

    /** Newest first. */
    public List<CaseRecord> of(Household h) {
        return h.members().stream()
                .flatMap(m -> cases.listByClient(m.bsn()).stream())
                .sorted(Comparator.comparing(CaseRecord::createdAt).reversed())
                .toList();
    }
}
