package nl.toegang.caseworker.households;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.toegang.core.households.Consent;
import nl.toegang.core.households.Household;
import nl.toegang.core.households.Member;
import nl.toegang.core.households.SafetyOverrides;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.PageContext;
import nl.toegang.pages.households.PrivacyPage;

/** Consents and overrides in a colleague's words: names, dates written out, teams by name. */
final class PrivacyWords {

    private PrivacyWords() {}

    static String consent(PageContext ctx, Consent c) {
        String state = c.revokedAt() != null ? ctx.t("consent.state.revoked", Dates.date(ctx, c.revokedAt()))
                : c.holdsOn(LocalDate.now(Dates.AMSTERDAM)) ? ctx.t("consent.state.holds") : ctx.t("consent.state.ended");
        return ctx.t("household.consentScope." + c.scope().name()) + ": " + c.purpose() + " ("
                + ctx.t("consent.row.until").toLowerCase(ctx.texts().locale()) + " " + day(ctx, c.until()) + ", "
                + ctx.t("consent.row.givenBy").toLowerCase(ctx.texts().locale()) + " " + c.givenByName() + "). " + state;
    }

    static PrivacyPage.OverrideLine override(PageContext ctx, Household h, SafetyOverrides.Logged l) {
        String text = name(h, l.override().memberBsn()) + ", "
                + ctx.t("household.consentScope." + l.override().scope().name()).toLowerCase(ctx.texts().locale()) + ". "
                + ctx.t("privacy.override.row", Dates.dateTime(ctx, l.override().at()), l.override().byName(),
                        team(ctx, l.team()), l.override().reason());
        String hidden = l.override().hiddenFromMember() ? ctx.t("privacy.override.hidden", l.hiddenReason()) : null;
        String seen = l.seenAt() == null ? ctx.t("privacy.override.unseen")
                : ctx.t("privacy.override.seen", l.seenBy(), Dates.dateTime(ctx, l.seenAt()));
        return new PrivacyPage.OverrideLine(text, hidden, seen);
    }

    static String team(PageContext ctx, String team) {
        return ctx.texts().getOrDefault("team." + team, team);
    }

    static String name(Household h, String bsn) {
        return h.member(bsn).map(Member::name).orElse("");
    }

    static String day(PageContext ctx, LocalDate day) {
        return DateTimeFormatter.ofPattern(Dates.IN_WORDS, ctx.texts().locale()).format(day);
    }
}
