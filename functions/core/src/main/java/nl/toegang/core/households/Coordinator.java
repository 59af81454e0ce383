package nl.toegang.core.households;

import java.time.Instant;

/**
 * The case worker who holds casusregie for a household (the regisseur).
 *
 * @param subject the worker's subject in the identity provider
 * @param team the team the worker works in ({@code wmo}, {@code jeugd} ...), so the team can step in
 */
public record Coordinator(String subject, String name, String team, Instant since) {}
