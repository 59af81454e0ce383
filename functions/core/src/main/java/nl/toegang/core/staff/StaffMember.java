package nl.toegang.core.staff;

/** A colleague as the staff directory last saw them sign in: their stable id and their name. */
public record StaffMember(String id, String name) {}
