package nl.toegang.core.web;

import static nl.toegang.forms.Html.escape;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.toegang.auth.AuthResponses;
import nl.toegang.auth.CurrentUser;

/**
 * The framework's own refusals (no such route, unreadable JSON, wrong method) in the same shape
 * as ours: problem+json for the API, a readable page for people.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemErrorResponses implements ErrorResponseProcessor<Object> {

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.getStatus().getCode();
        String detail = context.getErrors().stream().map(Error::getMessage).findFirst()
                .orElse(response.getStatus().getReason());
        var request = context.getRequest();
        if (AuthResponses.wantsJson(request)) {
            Map<String, String> fields = new LinkedHashMap<>();
            context.getErrors().forEach(e -> e.getPath().ifPresent(p -> fields.put(p.replaceFirst("^/", ""), e.getMessage())));
            ProblemException problem = new ProblemException(status, response.getStatus().getReason(), detail, fields);
            return ((MutableHttpResponse<Object>) response).contentType(ProblemExceptionHandler.PROBLEM_JSON)
                    .body(problem.body(request.getPath()));
        }
        PageContext ctx = PageContext.of(request, CurrentUser.of(request).orElse(null));
        String title = ctx.texts().getOrDefault("error." + status, ctx.t("error.other"));
        String body = "<p>" + escape(ctx.t("error.explain.any")) + "</p><p><a href=\"/\">" + escape(ctx.t("error.home")) + "</a></p>";
        return ((MutableHttpResponse<Object>) response).contentType(MediaType.TEXT_HTML + ";charset=utf-8")
                .body(Page.render(ctx, title, body));
    }
}
