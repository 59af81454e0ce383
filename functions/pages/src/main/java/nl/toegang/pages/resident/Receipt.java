package nl.toegang.pages.resident;

/** The receipt of a form whose case the sender does not see: the reference, and why they see no more. */
public record Receipt(String text, String why) {}
