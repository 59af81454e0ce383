package nl.toegang.core.web;

import static nl.toegang.forms.Html.escape;

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

/** Answers a refused request: problem+json for the API, a readable page for people. */
@Produces
@Singleton
@Requires(classes = {ProblemException.class, ExceptionHandler.class})
public class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    @Override
    public HttpResponse<?> handle(HttpRequest request, ProblemException problem) {
        HttpStatus status = HttpStatus.valueOf(problem.status());
        if (AuthResponses.wantsJson(request)) {
            return HttpResponse.status(status).contentType(PROBLEM_JSON)
                    .body(problem.body(request.getPath(), Texts.of(LanguageResolver.resolve(request))));
        }
        PageContext ctx = PageContext.of(request, CurrentUser.of(request).orElse(null));
        String title = problem.title(ctx.texts());
        String body = "<p>" + escape(ctx.t("error.explain." + (problem.status() == 503 ? "503" : "any"))) + "</p>"
                + "<p class=\"detail\">" + escape(problem.detail(ctx.texts())) + "</p>"
                + "<p><a href=\"/\">" + escape(ctx.t("error.home")) + "</a></p>";
        return Page.respond(status, ctx, title, body);
    }
}
