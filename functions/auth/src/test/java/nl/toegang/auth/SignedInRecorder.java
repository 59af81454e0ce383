package nl.toegang.auth;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Listens as a module above auth would (the staff directory), to see who signed in. */
@Singleton
class SignedInRecorder {

    final List<Principal> signedIn = new CopyOnWriteArrayList<>();

    @EventListener
    void on(SignedIn event) {
        signedIn.add(event.principal());
    }
}
