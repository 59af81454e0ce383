package nl.toegang.core.engine;

import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;

/** Reads what the engine said when a command failed, through the wrappers the client adds. */
public final class EngineErrors {
    private EngineErrors() {}

    public static boolean hasCode(Throwable error, Status.Code code) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ClientStatusException status && status.getStatusCode() == code) {
                return true;
            }
            if (t instanceof io.grpc.StatusRuntimeException status && status.getStatus().getCode() == code) {
                return true;
            }
        }
        return false;
    }

    public static boolean isNotFound(Throwable error) {
        return hasCode(error, Status.Code.NOT_FOUND);
    }

    public static boolean isAlreadyExists(Throwable error) {
        return hasCode(error, Status.Code.ALREADY_EXISTS);
    }

    /** The engine's own words, without the client's exception chain. */
    public static String message(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ClientStatusException status && status.getStatus().getDescription() != null) {
                return status.getStatus().getDescription();
            }
        }
        return error.getMessage();
    }
}
