package nl.toegang.caseworker;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseIds;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.cases.CaseSender;
import nl.toegang.core.cases.ProcessStarter;
import nl.toegang.core.cases.SubmissionService;
import nl.toegang.core.cases.WhoMaySend;
import nl.toegang.core.web.ErrorSummaries;
import nl.toegang.core.web.FormPosts;
import nl.toegang.core.web.PageContext;
import nl.toegang.core.web.Pages;
import nl.toegang.core.web.ProblemException;
import nl.toegang.forms.FormDefinition;
import nl.toegang.forms.FormRenderer;
import nl.toegang.forms.FormValidator;
import nl.toegang.forms.Messages;
import nl.toegang.pages.caseworker.PageLink;
import nl.toegang.pages.caseworker.RegisterChoice;
import nl.toegang.pages.caseworker.RegisterPage;
import nl.toegang.pages.forms.FieldWords;
import nl.toegang.pages.forms.RadioQuestion;

/**
 * "Melding registreren": loket staff fill in an intake form for a resident who came by, phoned,
 * wrote a letter or an e-mail. It goes through the same submission as the resident's own; the
 * case is about the BSN in the form, the loket worker is its sender, with the channel.
 */
@Controller(value = RegistrationPages.PATH, produces = MediaType.TEXT_HTML)
@Hidden
public class RegistrationPages {

    /** The page where loket staff choose the form; the staff start page links here. */
    public static final String PATH = "/werk/melding-registreren";

    static final String IDEMPOTENCY_FIELD = "_idempotencyKey";
    private static final List<String> CHANNELS = List.of("balie", "telefoon", "brief", "e-mail");

    private final SubmissionService submissions;
    private final ProcessStarter starter;
    private final CaseRepository cases;
    private final Pages pages;

    public RegistrationPages(SubmissionService submissions, ProcessStarter starter, CaseRepository cases, Pages pages) {
        this.submissions = submissions;
        this.starter = starter;
        this.cases = cases;
        this.pages = pages;
    }

    @Get
    public HttpResponse<String> chooseForm(Principal principal, HttpRequest<?> request) {
        WhoMaySend.requireLoket(principal);
        PageContext ctx = PageContext.of(request, principal);
        List<PageLink> forms = starter.intakeForms().stream()
                .filter(f -> f.maySubmit(CaseSender.Kind.LOKET))
                .map(f -> new PageLink("/werk/melding-registreren/" + f.getFormId(),
                        ctx.texts().getOrDefault("form.title." + f.getFormId(), f.getFormId()), false))
                .toList();
        return pages.ok(ctx, "caseworker/registerChoice", ctx.t("register.title"),
                Map.of("page", new RegisterChoice(List.of(ctx.t("register.explain"), ctx.t("register.chooseForm")), forms)));
    }

    @Get("/{formId}")
    public HttpResponse<String> form(String formId, Principal principal, HttpRequest<?> request) {
        WhoMaySend.requireLoket(principal);
        PageContext ctx = PageContext.of(request, principal);
        FormDefinition form = loketForm(formId);
        return page(ctx, formId, form, null, Map.of(), Map.of(), UUID.randomUUID().toString(), HttpStatus.OK);
    }

    @Post(value = "/{formId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<String> register(String formId, Principal principal, HttpRequest<?> request) {
        WhoMaySend.requireLoket(principal);
        PageContext ctx = PageContext.of(request, principal);
        loketForm(formId);
        Map<String, List<String>> input = FormPosts.read(request);
        String key = FormPosts.first(input, IDEMPOTENCY_FIELD);
        String channel = FormPosts.first(input, SubmissionService.CHANNEL_FIELD);
        var outcome = submissions.registerAtLoket(principal, formId, input, channel, key, ctx.language());
        if (!outcome.accepted()) {
            return page(ctx, formId, outcome.form(), channel, outcome.validation().enteredValues(),
                    outcome.validation().errors(), key == null ? UUID.randomUUID().toString() : key,
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return Pages.redirect("/werk/melding-registreren/geregistreerd/" + outcome.caseRecord().caseId());
    }

    /** What the loket worker tells the resident: the case number, and where they will find it. */
    @Get("/geregistreerd/{caseId}")
    public HttpResponse<String> registered(String caseId, Principal principal, HttpRequest<?> request) {
        WhoMaySend.requireLoket(principal);
        CaseRecord c = (CaseIds.looksValid(caseId) ? cases.find(caseId) : Optional.<CaseRecord>empty())
                .filter(found -> found.sender().kind() == CaseSender.Kind.LOKET && found.ownedBy(principal.subject()))
                .orElseThrow(() -> ProblemException.notFound("case.unknown", caseId));
        PageContext ctx = PageContext.of(request, principal);
        List<String> lines = new ArrayList<>();
        lines.add(ctx.t("register.done", c.caseId()));
        lines.add(ctx.t("register.doneFor", c.clientName() == null ? c.clientBsn() : c.clientName()));
        return pages.ok(ctx, "caseworker/registerChoice", ctx.t("register.doneTitle"), Map.of("page",
                new RegisterChoice(lines, List.of(new PageLink("/werk/melding-registreren", ctx.t("register.another"), false)))));
    }

    private FormDefinition loketForm(String formId) {
        var intake = starter.intake(formId);
        if (intake == null || !intake.maySubmit(CaseSender.Kind.LOKET)) {
            throw ProblemException.notFound("form.unknown", formId);
        }
        return submissions.intakeForm(formId).form();
    }

    private HttpResponse<String> page(PageContext ctx, String formId, FormDefinition form, String channel,
            Map<String, Object> values, Map<String, String> errors, String key, HttpStatus status) {
        FieldWords words = new FieldWords(Messages.requiredMarker(ctx.language()), Messages.errorPrefix(ctx.language()),
                Messages.chooseOption(ctx.language()));
        List<String[]> channels = CHANNELS.stream().map(c -> new String[] {c, capitalised(ctx.t("channel." + c))}).toList();
        var channelField = RadioQuestion.of(SubmissionService.CHANNEL_FIELD, ctx.t("register.channel"), channels, channel,
                errors.get(SubmissionService.CHANNEL_FIELD), words);
        RegisterPage page = new RegisterPage(ctx.t("register.explain"), "/werk/melding-registreren/" + formId,
                IDEMPOTENCY_FIELD, key, ErrorSummaries.of(ctx.language(), errors), channelField,
                FormRenderer.fields(form, ctx.language(), values, errors, Map.of()), ctx.t("register.submit"));
        String title = ctx.t("register.title") + ": " + ctx.texts().getOrDefault("form.title." + formId, formId);
        return pages.respond(status, ctx, "caseworker/register", title, Map.of("page", page));
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
