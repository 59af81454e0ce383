package nl.toegang.core.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A multipart/form-data body: its files and its text fields. Parsed here, from the raw bytes, so an
 * upload works the same behind API Gateway (where the body arrives base64-encoded in one piece) and
 * on the local Netty server. Used by the administrator's deployments and the residents' documents.
 *
 * @param fields the text fields by name, each with its values in the order sent, as {@link FormPosts#read} gives them
 */
public record MultipartBody(List<File> files, Map<String, List<String>> fields) {

    /**
     * One file as sent.
     *
     * @param field the name of the form field it came in
     * @param fileName the name without any folder the browser may send
     * @param contentType what the sender says it is; never trusted for what it is
     */
    public record File(String field, String fileName, String contentType, byte[] content) {}

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");
    private static final Pattern CONTENT_TYPE = Pattern.compile("(?im)^content-type:\\s*([^\\r\\n;]+)");

    public MultipartBody {
        files = List.copyOf(files);
    }

    /** @throws ProblemException 400 when the body is not multipart/form-data */
    public static MultipartBody parse(String contentType, byte[] body) {
        Matcher m = contentType == null ? null : BOUNDARY.matcher(contentType);
        if (m == null || !m.find()) {
            throw ProblemException.badRequest("upload.notMultipart");
        }
        byte[] delimiter = ("--" + m.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        List<File> files = new ArrayList<>();
        Map<String, List<String>> fields = new LinkedHashMap<>();
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
            readPart(Arrays.copyOfRange(body, partStart, next), files, fields);
            start = next;
        }
        return new MultipartBody(files, fields);
    }

    /** The value of a text field; null when it was not sent. */
    public String field(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static void readPart(byte[] part, List<File> files, Map<String, List<String>> fields) {
        int headerEnd = indexOf(part, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (headerEnd < 0) {
            return;
        }
        String headers = new String(part, 0, headerEnd, StandardCharsets.UTF_8);
        int contentStart = headerEnd + 4;
        int contentEnd = Math.max(contentStart, part.length - 2); // the CRLF before the next delimiter
        byte[] content = Arrays.copyOfRange(part, contentStart, contentEnd);
        Matcher name = NAME.matcher(headers);
        String field = name.find() ? name.group(1) : "";
        Matcher fileName = FILENAME.matcher(headers);
        if (!fileName.find()) {
            fields.computeIfAbsent(field, f -> new ArrayList<>()).add(new String(content, StandardCharsets.UTF_8));
            return;
        }
        if (fileName.group(1).isBlank()) {
            return; // an empty file input
        }
        Matcher type = CONTENT_TYPE.matcher(headers);
        files.add(new File(field, fileName.group(1).replaceAll(".*[/\\\\]", ""),
                type.find() ? type.group(1).strip() : "application/octet-stream", content));
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
