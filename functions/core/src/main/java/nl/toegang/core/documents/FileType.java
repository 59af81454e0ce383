package nl.toegang.core.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of document a resident may send, known by their first bytes (their "magic number"),
 * never by the name or the type the browser gives: a program renamed to .pdf is still a program.
 */
public enum FileType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String contentType;
    private final String extension;
    private final byte[] magic;

    FileType(String contentType, String extension, byte[] magic) {
        this.contentType = contentType;
        this.extension = extension;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** What the content is, if it is one of the kinds allowed. */
    public static Optional<FileType> of(byte[] content) {
        return Arrays.stream(values())
                .filter(t -> content.length >= t.magic.length
                        && Arrays.equals(content, 0, t.magic.length, t.magic, 0, t.magic.length))
                .findFirst();
    }

    public static Optional<FileType> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
    }
}
