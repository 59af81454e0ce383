package nl.toegang.admin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toegang.core.definitions.DeploymentFile;
import nl.toegang.core.web.ProblemException;

/**
 * Reads the files of a multipart/form-data body. Parsed here, from the raw bytes, so the upload
 * works the same behind API Gateway (where the body arrives base64-encoded in one piece) and on
 * the local Netty server.
 */
final class MultipartFiles {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    private MultipartFiles() {}

    static List<DeploymentFile> parse(String contentType, byte[] body) {
        Matcher m = contentType == null ? null : BOUNDARY.matcher(contentType);
        if (m == null || !m.find()) {
            throw ProblemException.badRequest("upload.notMultipart");
        }
        byte[] delimiter = ("--" + m.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        List<DeploymentFile> files = new ArrayList<>();
        int start = indexOf(body, delimiter, 0);
        while (start >= 0) {
            int partStart = start + delimiter.length;
            if (partStart + 1 < body.length && body[partStart] == '-' && body[partStart + 1] == '-') {
                break;
            }
            int next = indexOf(body, delimiter, partStart);
            if (next < 0) {
                break;
            }
            readPart(Arrays.copyOfRange(body, partStart, next), files);
            start = next;
        }
        return files;
    }

    private static void readPart(byte[] part, List<DeploymentFile> files) {
        int headerEnd = indexOf(part, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (headerEnd < 0) {
            return;
        }
        String headers = new String(part, 0, headerEnd, StandardCharsets.UTF_8);
        Matcher name = FILENAME.matcher(headers);
        if (!name.find() || name.group(1).isBlank()) {
            return; // not a file, or an empty file input
        }
        int contentStart = headerEnd + 4;
        int contentEnd = part.length - 2; // the CRLF before the next delimiter
        String fileName = name.group(1).replaceAll(".*[/\\\\]", "");
        files.add(new DeploymentFile(fileName, Arrays.copyOfRange(part, contentStart, Math.max(contentStart, contentEnd))));
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
