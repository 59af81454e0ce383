package nl.toegang.pages.documents;

/**
 * One document in a list, in words: its name links to the download.
 *
 * @param about its kind and size and when it was sent, e.g. "PDF, 120 kB, 2 december 2026"
 */
public record DocumentRow(String name, String href, String about) {}
