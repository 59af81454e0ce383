package nl.toegang.caseworker.households;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.toegang.auth.Principal;
import nl.toegang.core.households.ConsentRepository;
import nl.toegang.core.households.ConsentScope;
import nl.toegang.core.households.Household;
import nl.toegang.core.households.HouseholdAccess;
import nl.toegang.core.households.HouseholdRepository;
import nl.toegang.core.households.SafetyOverrides;
import nl.toegang.core.web.ErrorSummaries;
import nl.toegang.core.web.FormPosts;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.Pages;
import nl.toegang.core.web.ProblemException;
import nl.toegang.forms.Messages;
import nl.toegang.pages.forms.FieldWords;
import nl.toegang.pages.forms.FormFieldView;
import nl.toegang.pages.households.Fields;
import nl.toegang.pages.households.PrivacyPage;

/**
 * "Privacy en toestemming" of a household for case workers: what each member consented to, and
 * recording a safety override. Team leads mark an override "gezien" from their start page.
 */
@Controller(value = "/werk/huishoudens/{householdId}/privacy", produces = MediaType.TEXT_HTML)
@Hidden
public class PrivacyPages {

    static final String KEY_FIELD = "_idempotencyKey";

    private final HouseholdAccess access;
    private final HouseholdRepository households;
    private final ConsentRepository consents;
    private final SafetyOverrides overrides;
    private final Pages pages;

    public PrivacyPages(HouseholdAccess access, HouseholdRepository households, ConsentRepository consents,
            SafetyOverrides overrides, Pages pages) {
        this.access = access;
        this.households = households;
        this.consents = consents;
        this.overrides = overrides;
        this.pages = pages;
    }

    @Get
    public HttpResponse<String> page(String householdId, @Nullable @QueryValue String vastgelegd, Principal principal,
            HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        Household h = access.forWorker(principal, householdId);
        return render(ctx, h, vastgelegd == null ? null : ctx.t("privacy.recorded"), SafetyOverrides.Entry.EMPTY,
                UUID.randomUUID().toString(), Map.of(), HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> record(String householdId, Principal principal, HttpRequest<?> request) {
        PageContext ctx = PageContext.of(request, principal);
        Household h = access.forWorker(principal, householdId);
        Map<String, List<String>> form = FormPosts.read(request);
        var entry = new SafetyOverrides.Entry(FormPosts.first(form, SafetyOverrides.MEMBER_FIELD),
                FormPosts.first(form, SafetyOverrides.SCOPE_FIELD), FormPosts.first(form, SafetyOverrides.REASON_FIELD),
                "true".equals(FormPosts.first(form, SafetyOverrides.HIDDEN_FIELD)),
                FormPosts.first(form, SafetyOverrides.HIDDEN_REASON_FIELD));
        String key = FormPosts.first(form, KEY_FIELD);
        var outcome = overrides.record(principal, h, entry, key, ctx.language());
        if (!outcome.recorded()) {
            return render(ctx, h, null, entry, key == null ? UUID.randomUUID().toString() : key, outcome.errors(),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return Pages.redirect("/werk/huishoudens/" + householdId + "/privacy?vastgelegd=1#gedeeld-zonder-toestemming");
    }

    /** "Gezien" on the team lead's start page. */
    @Post(value = "/{overrideId}/gezien", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> seen(String householdId, String overrideId, Principal principal) {
        Household h = households.find(householdId).orElseThrow(() -> ProblemException.notFound("household.unknown", householdId));
        overrides.acknowledge(principal, h, overrideId)
                .orElseThrow(() -> ProblemException.notFound("household.unknown", householdId));
        return Pages.redirect("/werk/start#doorbroken-toestemming");
    }

    private HttpResponse<String> render(PageContext ctx, Household h, String notice, SafetyOverrides.Entry entry, String key,
            Map<String, String> errors, HttpStatus status) {
        var given = consents.consents(h.householdId());
        var members = h.members().stream()
                .map(m -> new PrivacyPage.MemberConsents(ctx.t("privacy.member", m.name()),
                        given.stream().filter(c -> c.memberBsn().equals(m.bsn())).map(c -> PrivacyWords.consent(ctx, c)).toList()))
                .toList();
        var lines = overrides.of(h).stream().map(l -> PrivacyWords.override(ctx, h, l)).toList();
        PrivacyPage page = new PrivacyPage(h.householdId(), notice, members, lines, fields(ctx, h, entry, errors),
                "/werk/huishoudens/" + h.householdId() + "/privacy", KEY_FIELD, key, ErrorSummaries.of(ctx.language(), errors));
        return pages.respond(status, ctx, "households/privacy", ctx.t("privacy.title"), Map.of("page", page));
    }

    private static List<FormFieldView> fields(PageContext ctx, Household h, SafetyOverrides.Entry entry,
            Map<String, String> errors) {
        FieldWords words = new FieldWords(Messages.requiredMarker(ctx.language()), Messages.errorPrefix(ctx.language()),
                Messages.chooseOption(ctx.language()));
        var members = h.members().stream().map(m -> new Fields.Choice(m.bsn(), m.name())).toList();
        var scopes = java.util.Arrays.stream(ConsentScope.values())
                .map(s -> new Fields.Choice(s.name(), ctx.t("household.consentScope." + s.name()))).toList();
        return List.of(
                Fields.radio(SafetyOverrides.MEMBER_FIELD, ctx.t("privacy.field.member"), null, members, entry.memberBsn(),
                        errors.get(SafetyOverrides.MEMBER_FIELD), words),
                Fields.radio(SafetyOverrides.SCOPE_FIELD, ctx.t("privacy.field.scope"), null, scopes, entry.scope(),
                        errors.get(SafetyOverrides.SCOPE_FIELD), words),
                Fields.textarea(SafetyOverrides.REASON_FIELD, ctx.t("privacy.field.reason"), ctx.t("privacy.field.reason.hint"),
                        entry.reason(), errors.get(SafetyOverrides.REASON_FIELD), true, words),
                Fields.checkbox(SafetyOverrides.HIDDEN_FIELD, ctx.t("privacy.field.hidden"), entry.hiddenFromMember(),
                        errors.get(SafetyOverrides.HIDDEN_FIELD), words),
                Fields.textarea(SafetyOverrides.HIDDEN_REASON_FIELD, ctx.t("privacy.field.hiddenReason"),
                        ctx.t("privacy.field.hiddenReason.hint"), entry.hiddenReason(),
                        errors.get(SafetyOverrides.HIDDEN_REASON_FIELD), false, words));
    }
}
