package nl.toegang.resident.households;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.toegang.auth.Principal;
import nl.toegang.core.households.ConsentScope;
import nl.toegang.core.households.HouseholdAccess;
import nl.toegang.core.households.HouseholdAccess.ResidentHousehold;
import nl.toegang.core.households.HouseholdConsents;
import nl.toegang.core.households.SafetyOverrides;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.ErrorSummaries;
import nl.toegang.core.web.FormPosts;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.Pages;
import nl.toegang.forms.Messages;
import nl.toegang.pages.forms.FieldWords;
import nl.toegang.pages.forms.FormFieldView;
import nl.toegang.pages.households.ConsentPage;
import nl.toegang.pages.households.Fields;

/** "Toestemming": a household member gives, sees and revokes consent to share what is about them. */
@Controller(value = ConsentPages.PATH, produces = MediaType.TEXT_HTML)
@Hidden
public class ConsentPages {

    static final String PATH = "/mijn-huishouden/toestemming";
    static final String KEY_FIELD = "_idempotencyKey";

    private final HouseholdAccess access;
    private final HouseholdConsents consents;
    private final SafetyOverrides overrides;
    private final Pages pages;

    public ConsentPages(HouseholdAccess access, HouseholdConsents consents, SafetyOverrides overrides, Pages pages) {
        this.access = access;
        this.consents = consents;
        this.overrides = overrides;
        this.pages = pages;
    }

    @Get
    public HttpResponse<String> page(@Nullable @QueryValue String gegeven, @Nullable @QueryValue String ingetrokken,
            Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        String notice = gegeven != null ? ctx.t("consent.given") : ingetrokken != null ? ctx.t("consent.revoked") : null;
        return render(ctx, access.forResident(principal), notice, HouseholdConsents.Entry.EMPTY,
                UUID.randomUUID().toString(), Map.of(), HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> give(Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        Optional<ResidentHousehold> household = access.forResident(principal);
        if (household.isEmpty()) {
            return render(ctx, household, null, HouseholdConsents.Entry.EMPTY, "", Map.of(), HttpStatus.OK);
        }
        Map<String, List<String>> form = FormPosts.read(request);
        var entry = new HouseholdConsents.Entry(FormPosts.first(form, HouseholdConsents.MEMBER_FIELD),
                FormPosts.first(form, HouseholdConsents.SCOPE_FIELD), FormPosts.first(form, HouseholdConsents.PURPOSE_FIELD),
                FormPosts.first(form, HouseholdConsents.UNTIL_FIELD));
        String key = FormPosts.first(form, KEY_FIELD);
        var outcome = consents.give(principal, household.get(), entry, key, ctx.language());
        if (!outcome.given()) {
            return render(ctx, household, null, entry, key == null ? UUID.randomUUID().toString() : key, outcome.errors(),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return Pages.redirect(PATH + "?gegeven=1");
    }

    @Post(value = "/{consentId}/intrekken", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> revoke(String consentId, Principal principal) {
        ResidentHousehold household = access.forResident(principal)
                .orElseThrow(() -> nl.toegang.core.web.ProblemException.notFound("consent.noHousehold"));
        consents.revoke(principal, household, consentId);
        return Pages.redirect(PATH + "?ingetrokken=1");
    }

    private HttpResponse<String> render(PageContext ctx, Optional<ResidentHousehold> household, String notice,
            HouseholdConsents.Entry entry, String key, Map<String, String> errors, HttpStatus status) {
        if (household.isEmpty()) {
            return pages.respond(status, ctx, "households/consent", ctx.t("consent.title"),
                    Map.of("page", new ConsentPage(false, notice, List.of(), List.of(), PATH, KEY_FIELD, "", null, List.of())));
        }
        ResidentHousehold rh = household.get();
        LocalDate today = LocalDate.now(Dates.AMSTERDAM);
        var rows = consents.of(rh).stream().map(c -> ConsentViews.row(ctx, rh.household(), c, today)).toList();
        var shared = overrides.visibleTo(rh).stream().map(l -> ConsentViews.override(ctx, rh.household(), l)).toList();
        ConsentPage page = new ConsentPage(true, notice, rows, fields(ctx, rh, entry, errors), PATH, KEY_FIELD, key,
                ErrorSummaries.of(ctx.language(), errors), shared);
        return pages.respond(status, ctx, "households/consent", ctx.t("consent.title"), Map.of("page", page));
    }

    private List<FormFieldView> fields(PageContext ctx, ResidentHousehold rh, HouseholdConsents.Entry entry,
            Map<String, String> errors) {
        FieldWords words = new FieldWords(Messages.requiredMarker(ctx.language()), Messages.errorPrefix(ctx.language()),
                Messages.chooseOption(ctx.language()));
        List<Fields.Choice> members = rh.household().members().stream().filter(m -> rh.speaksFor(m.bsn()))
                .map(m -> new Fields.Choice(m.bsn(), m.name())).toList();
        String chosenMember = members.size() == 1 && (entry.memberBsn() == null || entry.memberBsn().isEmpty())
                ? members.get(0).value() : entry.memberBsn();
        List<Fields.Choice> scopes = java.util.Arrays.stream(ConsentScope.values())
                .map(s -> new Fields.Choice(s.name(), ConsentViews.scope(ctx, s))).toList();
        return List.of(
                Fields.radio(HouseholdConsents.MEMBER_FIELD, ctx.t("consent.field.member"), ctx.t("consent.field.member.hint"),
                        members, chosenMember, errors.get(HouseholdConsents.MEMBER_FIELD), words),
                Fields.radio(HouseholdConsents.SCOPE_FIELD, ctx.t("consent.field.scope"), null, scopes, entry.scope(),
                        errors.get(HouseholdConsents.SCOPE_FIELD), words),
                Fields.textarea(HouseholdConsents.PURPOSE_FIELD, ctx.t("consent.field.purpose"),
                        ctx.t("consent.field.purpose.hint"), entry.purpose(), errors.get(HouseholdConsents.PURPOSE_FIELD),
                        true, words),
                Fields.date(HouseholdConsents.UNTIL_FIELD, ctx.t("consent.field.until"),
                        ctx.t("consent.field.until.hint", ConsentViews.day(ctx, consents.latestUntil())), entry.until(),
                        errors.get(HouseholdConsents.UNTIL_FIELD), words));
    }
}
