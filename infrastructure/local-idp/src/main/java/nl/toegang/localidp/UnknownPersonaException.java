package nl.toegang.localidp;

public class UnknownPersonaException extends IllegalArgumentException {
    public UnknownPersonaException(String personaId) {
        super("Unknown persona: " + personaId);
    }
}
