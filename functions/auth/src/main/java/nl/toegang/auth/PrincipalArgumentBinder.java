package nl.toegang.auth;

import io.micronaut.core.bind.ArgumentBinder;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.PostponedRequestArgumentBinder;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Lets a controller declare a {@link Principal} parameter. Without a signed-in person it throws
 * {@link NotAuthenticatedException}, unless the parameter is {@code @Nullable}.
 */
@Singleton
public class PrincipalArgumentBinder
        implements TypedRequestArgumentBinder<Principal>, PostponedRequestArgumentBinder<Principal> {

    private static final Argument<Principal> TYPE = Argument.of(Principal.class);

    @Override
    public Argument<Principal> argumentType() {
        return TYPE;
    }

    // Postponed: Micronaut binds ordinary arguments before filters run, and the principal only
    // exists after AuthenticationFilter.
    @Override
    public BindingResult<Principal> bind(ArgumentConversionContext<Principal> context, HttpRequest<?> request) {
        Optional<Principal> principal = CurrentUser.of(request);
        if (principal.isPresent()) {
            return () -> principal;
        }
        if (context.getArgument().isNullable()) {
            return ArgumentBinder.BindingResult.empty();
        }
        throw new NotAuthenticatedException();
    }
}
