package nl.toegang.core.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Marks every request to a test environment, so every page says that what people enter there is
 * not kept. Only the local runtime turns it on ({@value #SETTING}); AWS never sets it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = TestEnvironmentFilter.SETTING, value = "true")
public class TestEnvironmentFilter implements Ordered {

    public static final String SETTING = "toegang.environment.test-notice";
    static final String ATTRIBUTE = "toegang.test-environment";

    /** First, so even a page that refuses the request (not logged in, other site) says it. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @RequestFilter
    public void mark(HttpRequest<?> request) {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    static boolean isMarked(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Boolean.class).orElse(false);
    }
}
