package nl.toegang.auth;

/**
 * An RFC 9457 problem document ({@code application/problem+json}).
 * Title and detail carry Dutch and English, as resident-facing apps may show them.
 */
record ProblemDetails(String type, String title, int status, String detail) {

    static final ProblemDetails NOT_AUTHENTICATED = new ProblemDetails(
            "urn:toegang:problem:not-authenticated",
            "Niet ingelogd / Not signed in",
            401,
            "Log in om verder te gaan. / Sign in to continue.");

    static final ProblemDetails FORBIDDEN = new ProblemDetails(
            "urn:toegang:problem:forbidden",
            "Geen toegang / No access",
            403,
            "U mag dit niet doen. / You are not allowed to do this.");

    static final ProblemDetails PROVIDER_UNAVAILABLE = new ProblemDetails(
            "urn:toegang:problem:identity-provider-unavailable",
            "Inloggen kan nu niet / Sign-in unavailable",
            503,
            "Probeer het over een paar minuten opnieuw. / Please try again in a few minutes.");
}
