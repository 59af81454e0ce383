package nl.toegang.core;

import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.toegang.auth.Principal;
import nl.toegang.localservices.LocalServices;

/** Real DynamoDB Local and a real Zeebe engine behind a real application context, one per test JVM. */
public final class CoreTestEnvironment {

    private static ApplicationContext context;

    private CoreTestEnvironment() {}

    public static synchronized ApplicationContext context() {
        if (context == null) {
            context = ApplicationContext.run(LocalServices.shared().applicationProperties());
        }
        return context;
    }

    public static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    public static Principal caseWorker(String subject, String... groups) {
        return new Principal(subject, "Medewerker " + subject, Set.of("caseworker"), Set.of(groups), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static Principal resident(String subject) {
        return new Principal(subject, "Inwoner " + subject, Set.of("resident"), Set.of(), Optional.of("111222333"), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
