package nl.toegang.core.households;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseEvent;
import nl.toegang.core.cases.CaseEventRepository;
import nl.toegang.core.households.HouseholdAccess.ResidentHousehold;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.ProblemException;
import nl.toegang.core.web.Texts;
import nl.toegang.forms.Language;

/**
 * A member gives and revokes consent to share their part of the household's information (A-18,
 * AL-20). Only the member or someone who acts for them may. Consent holds until a date at most
 * {@link #MAX_MONTHS} months ahead: the plan is reviewed at least once a year, so consent is asked
 * again with the current plan in view and never silently holds for ever (AVG art. 7: consent must
 * be specific and can be withdrawn as easily as given). Giving and revoking are lines in the
 * household's history.
 */
@Singleton
public class HouseholdConsents {

    public static final String MEMBER_FIELD = "member";
    public static final String SCOPE_FIELD = "scope";
    public static final String PURPOSE_FIELD = "purpose";
    public static final String UNTIL_FIELD = "until";
    public static final int MAX_MONTHS = 12;
    public static final int MAX_PURPOSE = 500;

    private final ConsentRepository consents;
    private final CaseEventRepository events;
    private final Clock clock;

    @Inject
    public HouseholdConsents(ConsentRepository consents, CaseEventRepository events) {
        this(consents, events, Clock.system(Dates.AMSTERDAM));
    }

    HouseholdConsents(ConsentRepository consents, CaseEventRepository events, Clock clock) {
        this.consents = consents;
        this.events = events;
        this.clock = clock;
    }

    /** What was entered, as text, so a refused form comes back as it was typed. */
    public record Entry(String memberBsn, String scope, String purpose, String until) {
        public static final Entry EMPTY = new Entry("", "", "", "");
    }

    /** @param errors per field, in the reader's language; empty when the consent was stored */
    public record Outcome(Consent consent, Map<String, String> errors) {
        public boolean given() {
            return errors.isEmpty();
        }
    }

    /** The consents of the members this resident speaks for, newest first. */
    public List<Consent> of(ResidentHousehold viewer) {
        return consents.consents(viewer.household().householdId()).stream()
                .filter(c -> viewer.speaksFor(c.memberBsn()))
                .sorted(java.util.Comparator.comparing(Consent::givenAt).reversed())
                .toList();
    }

    public LocalDate latestUntil() {
        return today().plusMonths(MAX_MONTHS);
    }

    public Outcome give(Principal resident, ResidentHousehold viewer, Entry entry, String idempotencyKey,
            Language language) {
        Texts t = Texts.of(language);
        Map<String, String> errors = new LinkedHashMap<>();
        String member = trim(entry.memberBsn());
        if (member.isEmpty() || !viewer.speaksFor(member)) {
            errors.put(MEMBER_FIELD, t.get("consent.error.member"));
        }
        ConsentScope scope = scope(entry.scope());
        if (scope == null) {
            errors.put(SCOPE_FIELD, t.get("consent.error.scope"));
        }
        String purpose = trim(entry.purpose());
        if (purpose.isEmpty()) {
            errors.put(PURPOSE_FIELD, t.get("consent.error.purpose"));
        } else if (purpose.codePointCount(0, purpose.length()) > MAX_PURPOSE) {
            errors.put(PURPOSE_FIELD, t.get("consent.error.purposeTooLong", MAX_PURPOSE));
        }
        LocalDate until = null;
        String untilText = trim(entry.until());
        if (untilText.isEmpty()) {
            errors.put(UNTIL_FIELD, t.get("consent.error.until"));
        } else {
            try {
                until = LocalDate.parse(untilText);
                if (!until.isAfter(today())) {
                    errors.put(UNTIL_FIELD, t.get("consent.error.untilPast"));
                } else if (until.isAfter(latestUntil())) {
                    errors.put(UNTIL_FIELD, t.get("consent.error.untilTooLate", MAX_MONTHS));
                }
            } catch (DateTimeParseException notADate) {
                errors.put(UNTIL_FIELD, t.get("consent.error.untilFormat"));
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        String householdId = viewer.household().householdId();
        Consent consent = new Consent(idFor(resident, householdId, idempotencyKey), householdId, member, scope, purpose,
                until, resident.subject(), resident.name(), Instant.now(clock), null);
        if (consents.recordIfAbsent(consent)) {
            events.append(CaseEvent.of(householdId, CaseEvent.Type.CONSENT_GIVEN, resident.subject(), resident.name(), true,
                    Map.of("consentId", consent.consentId(), "memberBsn", member, "scope", scope.name(),
                            "until", until.toString())));
        }
        return new Outcome(consent, Map.of());
    }

    /**
     * Revokes one of the consents of a member this resident speaks for. A second revoke changes
     * nothing and adds no line to the history.
     */
    public Consent revoke(Principal resident, ResidentHousehold viewer, String consentId) {
        String householdId = viewer.household().householdId();
        Consent consent = consents.consents(householdId).stream()
                .filter(c -> c.consentId().equals(consentId) && viewer.speaksFor(c.memberBsn()))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("consent.unknown", consentId));
        Instant now = Instant.now(clock);
        if (consents.revoke(householdId, consentId, now)) {
            events.append(CaseEvent.of(householdId, CaseEvent.Type.CONSENT_REVOKED, resident.subject(), resident.name(),
                    true, Map.of("consentId", consentId, "memberBsn", consent.memberBsn(), "scope", consent.scope().name())));
            return new Consent(consent.consentId(), householdId, consent.memberBsn(), consent.scope(), consent.purpose(),
                    consent.until(), consent.givenBy(), consent.givenByName(), consent.givenAt(), now);
        }
        return consents.consents(householdId).stream().filter(c -> c.consentId().equals(consentId)).findFirst()
                .orElse(consent);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static ConsentScope scope(String value) {
        for (ConsentScope s : ConsentScope.values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        return null;
    }

    private static String trim(String s) {
        return s == null ? "" : s.replace("\r\n", "\n").strip();
    }

    /** The same key from the same person gives the same id, so a second click stores nothing new. */
    static String idFor(Principal who, String householdId, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            return UUID.randomUUID().toString();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((who.subject() + "\n" + householdId + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
