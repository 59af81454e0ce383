package nl.toegang.core.households;

import java.time.LocalDate;
import java.time.Period;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.PageContext;

/** A member and the law of a member's case in the reader's words, for the worker's and the family's pages alike. */
public final class MemberWords {

    private MemberWords() {}

    public static String relation(PageContext ctx, Member m) {
        return ctx.t("household.relation." + m.relation().name());
    }

    /** "14 jaar"; "" when the birth date is unknown. */
    public static String age(PageContext ctx, Member m) {
        return m.birthDate() == null ? ""
                : ctx.t("household.age", Period.between(m.birthDate(), LocalDate.now(Dates.AMSTERDAM)).getYears());
    }

    /** The law of a case ({@code wmo}, {@code schuldhulp} ...) in words. */
    public static String law(PageContext ctx, String law) {
        return ctx.texts().getOrDefault("household.law." + law, ctx.t("household.law.other"));
    }
}
