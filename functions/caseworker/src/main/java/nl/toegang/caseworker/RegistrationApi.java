package nl.toegang.caseworker;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import nl.toegang.auth.Principal;
import nl.toegang.core.cases.CaseRecord;
import nl.toegang.core.cases.SubmissionService;
import nl.toegang.core.cases.WhoMaySend;
import nl.toegang.core.web.LanguageResolver;
import nl.toegang.core.web.ProblemException;
import nl.toegang.core.web.Texts;
import nl.toegang.forms.Language;

/** The loket's registration of a melding for a resident, as JSON: the same as "Melding registreren". */
@Controller("/api")
@SecurityRequirement(name = "bearer")
@Tag(name = "Case workers")
public class RegistrationApi {

    private final SubmissionService submissions;

    public RegistrationApi(SubmissionService submissions) {
        this.submissions = submissions;
    }

    /** @param channel {@code balie}, {@code telefoon}, {@code brief} or {@code e-mail} */
    @Introspected
    public record Registration(String formId, String channel, Map<String, Object> values) {}

    /** @param clientName the person the case is about, as the form names them */
    @Introspected
    public record Registered(String caseId, String clientBsn, String clientName, String channel) {}

    @Operation(summary = "Loket staff (voordeur-medewerkers) register a melding for a resident: the case is about the BSN in values, "
            + "the worker is its sender. Send an Idempotency-Key header: a retry returns the same case.")
    @Post(value = "/registrations", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<Registered> register(@Body Registration registration,
            @Nullable @Header("Idempotency-Key") String idempotencyKey, @Parameter(hidden = true) Principal principal,
            HttpRequest<?> request) {
        WhoMaySend.requireLoket(principal);
        Language language = LanguageResolver.resolve(request);
        if (registration == null || registration.formId() == null) {
            throw ProblemException.invalidInput(Map.of("formId", Texts.of(language).get("problem.field.formIdRequired")),
                    "input.formIdMissing");
        }
        var outcome = submissions.registerAtLoketJson(principal, registration.formId(),
                registration.values() == null ? Map.of() : registration.values(), registration.channel(), idempotencyKey,
                language);
        ProblemException.unlessValid(outcome.validation());
        CaseRecord c = outcome.caseRecord();
        return HttpResponse.status(outcome.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new Registered(c.caseId(), c.clientBsn(), c.clientName(), c.sender().channel()));
    }
}
