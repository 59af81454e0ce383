package nl.toegang.resident.households;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.toegang.core.households.Consent;
import nl.toegang.core.households.ConsentScope;
import nl.toegang.core.households.Household;
import nl.toegang.core.households.Member;
import nl.toegang.core.households.SafetyOverrides;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.PageContext;
import nl.toegang.pages.components.DescriptionItem;
import nl.toegang.pages.households.ConsentPage;

/** Consents and overrides in the resident's words: names, not BSNs; dates written out; no codes. */
final class ConsentViews {

    private ConsentViews() {}

    static ConsentPage.ConsentRow row(PageContext ctx, Household h, Consent c, LocalDate today) {
        String member = name(h, c.memberBsn());
        String scope = scope(ctx, c.scope());
        String state = c.revokedAt() != null ? ctx.t("consent.state.revoked", Dates.date(ctx, c.revokedAt()))
                : c.holdsOn(today) ? ctx.t("consent.state.holds") : ctx.t("consent.state.ended");
        List<DescriptionItem> items = List.of(
                new DescriptionItem(ctx.t("consent.row.member"), member),
                new DescriptionItem(ctx.t("consent.row.scope"), scope),
                new DescriptionItem(ctx.t("consent.row.purpose"), c.purpose(), true),
                new DescriptionItem(ctx.t("consent.row.until"), day(ctx, c.until())),
                new DescriptionItem(ctx.t("consent.row.givenBy"), c.givenByName()),
                new DescriptionItem(ctx.t("consent.row.state"), state));
        boolean holds = c.holdsOn(today);
        return new ConsentPage.ConsentRow(items,
                holds ? ConsentPages.PATH + "/" + c.consentId() + "/intrekken" : null,
                holds ? ctx.t("consent.revokeLabel", member, scope.toLowerCase(ctx.texts().locale())) : null);
    }

    static String override(PageContext ctx, Household h, SafetyOverrides.Logged l) {
        return ctx.t("consent.override.row", Dates.date(ctx, l.override().at()), teamName(ctx, l.team()),
                name(h, l.override().memberBsn()), l.override().reason());
    }

    static String teamName(PageContext ctx, String team) {
        return ctx.texts().getOrDefault("team." + team, team);
    }

    static String scope(PageContext ctx, ConsentScope scope) {
        return ctx.t("household.consentScope." + scope.name());
    }

    static String name(Household h, String bsn) {
        return h.member(bsn).map(Member::name).orElse("");
    }

    static String day(PageContext ctx, LocalDate day) {
        return DateTimeFormatter.ofPattern(Dates.IN_WORDS, ctx.texts().locale()).format(day);
    }
}
