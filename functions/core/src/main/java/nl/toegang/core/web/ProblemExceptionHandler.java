package nl.toegang.core.web;

import nl.toegang.auth.AuthResponses;
import nl.toegang.auth.CurrentUser;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Map;

/** Answers a refused request: problem+json for the API, a readable page for people. */
@Produces
@Singleton
@Requires(classes = {ProblemException.class, ExceptionHandler.class})
public class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    private final Pages pages;

    public ProblemExceptionHandler(Pages pages) {
        this.pages = pages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ProblemException problem) {
        HttpStatus status = HttpStatus.valueOf(problem.status());
        if (AuthResponses.wantsJson(request)) {
            return HttpResponse.status(status).contentType(PROBLEM_JSON)
                    .body(problem.body(request.getPath(), Texts.of(LanguageResolver.resolve(request))));
        }
        PageContext ctx = PageContext.of(request, CurrentUser.of(request).orElse(null));
        return pages.respond(status, ctx, "errors/problem", problem.title(ctx.texts()), Map.of(
                "explanation", ctx.t("error.explain." + (problem.status() == 503 ? "503" : "any")),
                "detail", problem.detail(ctx.texts())));
    }
}
