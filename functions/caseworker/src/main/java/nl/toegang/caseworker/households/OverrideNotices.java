package nl.toegang.caseworker.households;

import jakarta.inject.Singleton;
import java.util.List;
import nl.toegang.auth.Principal;
import nl.toegang.core.households.HouseholdRepository;
import nl.toegang.core.households.SafetyOverrides;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.PageContext;
import nl.toegang.pages.caseworker.StartPage;

/** The "Doorbroken toestemming" list on a team lead's start page: unseen first, each with "gezien". */
@Singleton
public class OverrideNotices {

    private final SafetyOverrides overrides;
    private final HouseholdRepository households;

    public OverrideNotices(SafetyOverrides overrides, HouseholdRepository households) {
        this.overrides = overrides;
        this.households = households;
    }

    public List<StartPage.OverrideNotice> of(PageContext ctx, Principal lead) {
        return overrides.forLead(lead).stream()
                .sorted(java.util.Comparator.comparing((SafetyOverrides.Logged l) -> l.seenAt() != null))
                .map(l -> {
                    var o = l.override();
                    String member = households.find(o.householdId()).map(h -> PrivacyWords.name(h, o.memberBsn())).orElse("");
                    String when = Dates.dateTime(ctx, o.at());
                    String text = ctx.t("start.overrides.row", o.householdId(), when, o.byName(), member + ": " + o.reason());
                    String base = "/werk/huishoudens/" + o.householdId() + "/privacy";
                    return new StartPage.OverrideNotice(text, base,
                            l.seenAt() == null ? base + "/" + o.overrideId() + "/gezien" : null,
                            ctx.t("start.overrides.seenLabel", o.householdId(), when),
                            l.seenAt() == null ? null : ctx.t("start.overrides.seenBy", l.seenBy()));
                })
                .toList();
    }
}
