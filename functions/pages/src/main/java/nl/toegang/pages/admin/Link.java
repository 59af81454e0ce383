package nl.toegang.pages.admin;

/** A link whose text says where it goes on its own (a screen reader may list links without their row). */
public record Link(String href, String text) {}
