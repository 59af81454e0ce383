package nl.toegang.pages.caseworker;

import java.util.List;

/** A case worker's note, with its line breaks kept. */
public record NoteView(String author, String written, List<String> lines) {

    public NoteView {
        lines = List.copyOf(lines);
    }
}
