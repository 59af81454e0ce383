package nl.toegang.core.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import nl.toegang.auth.AuthResponses;
import nl.toegang.auth.CurrentUser;

/**
 * The framework's own refusals (no such route, unreadable JSON, wrong method, an unexpected
 * error) in the same shape as ours: problem+json for the API, a readable page for people.
 * The framework's message is never passed on: it names Java classes, parser positions or the
 * database's own error text, which helps nobody outside and tells an attacker about the inside.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemErrorResponses implements ErrorResponseProcessor<Object> {

    /** Statuses with their own explanation in the texts ({@code problem.http.<status>}). */
    private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 405, 406, 413, 415, 429, 500, 503);

    private final Pages pages;

    public ProblemErrorResponses(Pages pages) {
        this.pages = pages;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.getStatus().getCode();
        var request = context.getRequest();
        ProblemException problem = new ProblemException(status, EXPLAINED.contains(status) ? "http." + status : "http.other");
        if (AuthResponses.wantsJson(request)) {
            return ((MutableHttpResponse<Object>) response).contentType(ProblemExceptionHandler.PROBLEM_JSON)
                    .body(problem.body(request.getPath(), Texts.of(LanguageResolver.resolve(request))));
        }
        PageContext ctx = PageContext.of(request, CurrentUser.of(request).orElse(null));
        return ((MutableHttpResponse<Object>) response).contentType(MediaType.TEXT_HTML + ";charset=utf-8")
                .body(pages.render(ctx, "errors/problem", problem.title(ctx.texts()),
                        Map.of("detail", problem.detail(ctx.texts()))));
    }
}
