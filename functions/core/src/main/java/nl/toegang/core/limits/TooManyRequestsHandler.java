package nl.toegang.core.limits;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.toegang.core.web.ProblemExceptionHandler;

/** A refusal like any other (problem+json or a page), with the Retry-After header clients wait for. */
@Produces
@Singleton
public class TooManyRequestsHandler implements ExceptionHandler<TooManyRequestsException, HttpResponse<?>> {

    private final ProblemExceptionHandler problems;

    public TooManyRequestsHandler(ProblemExceptionHandler problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, TooManyRequestsException exception) {
        return answer(problems, request, exception);
    }

    static MutableHttpResponse<?> answer(ProblemExceptionHandler problems, HttpRequest<?> request,
            TooManyRequestsException exception) {
        MutableHttpResponse<?> response = (MutableHttpResponse<?>) problems.handle(request, exception);
        return response.header("Retry-After", Long.toString(exception.retryAfterSeconds()));
    }
}
