package nl.toegang.core.cases;

import jakarta.inject.Singleton;
import java.util.List;
import nl.toegang.auth.ForbiddenException;
import nl.toegang.auth.Principal;
import nl.toegang.core.web.ProblemException;

/**
 * Who may send which intake form, and for whom: residents for themselves or for someone they act
 * for, referrers and signallers the forms meant for them, and the front door's staff for the
 * residents who came by, phoned or wrote. {@link CaseSenders} then says who sent a form that got in.
 */
@Singleton
public class WhoMaySend {

    private final ProcessStarter starter;

    public WhoMaySend(ProcessStarter starter) {
        this.starter = starter;
    }

    /** Whether this person is front-door staff, who register meldingen for residents. */
    public static boolean registersAtLoket(Principal worker) {
        return worker.hasRole(Principal.CASEWORKER) && worker.inGroup(CaseSenders.LOKET_GROUP);
    }

    /** Only the front door's staff register meldingen for residents. */
    public static void requireLoket(Principal worker) {
        worker.require(Principal.CASEWORKER);
        if (!registersAtLoket(worker)) {
            throw new ProblemException(403, "submission.loketOnly");
        }
    }

    /** Whether this person may send intake forms themselves: residents, referrers and signallers. */
    public static boolean maySendForms(Principal by) {
        return by.hasRole(CaseAccess.RESIDENT_ROLE) || by.hasRole(Principal.REFERRER) || by.hasRole(Principal.SIGNALLER);
    }

    /** @throws ForbiddenException for someone who may not send forms (case workers, administrators) */
    public static Principal requireSender(Principal by) {
        if (!maySendForms(by)) {
            throw new ForbiddenException("a resident, referrer or signaller sends forms");
        }
        return by;
    }

    /**
     * Refuses, before anything is filled in, someone this form is not for: a referrer on the Wmo
     * melding, a resident on a referral. The kind of the actual sending is checked again on send.
     */
    public void requireMaySend(Principal by, String formId) {
        requireSender(by);
        IntakeForm config = starter.intake(formId);
        if (config == null) {
            throw ProblemException.notFound("form.unknown", formId);
        }
        List<CaseSender.Kind> kinds = by.hasRole(Principal.REFERRER) ? List.of(CaseSender.Kind.REFERRER)
                : by.hasRole(Principal.SIGNALLER) ? List.of(CaseSender.Kind.SIGNALLER)
                : by.actsFor().isEmpty() ? List.of(CaseSender.Kind.SELF)
                : List.of(CaseSender.Kind.SELF, CaseSender.Kind.REPRESENTATIVE);
        if (kinds.stream().noneMatch(config::maySubmit)) {
            throw new ProblemException(403, "submission.senderNotAllowed");
        }
    }

    /** Whether a representative may send this form for someone they act for ("Voor wie?" is asked then). */
    public boolean representativesMaySend(String formId) {
        IntakeForm config = starter.intake(formId);
        return config != null && config.maySubmit(CaseSender.Kind.REPRESENTATIVE);
    }

    /** Refuses a form sent by a kind of sender its configuration does not take. */
    static void requireAllowed(IntakeForm config, CaseSender sender) {
        if (!config.maySubmit(sender.kind())) {
            throw new ProblemException(403, "submission.senderNotAllowed");
        }
    }
}
