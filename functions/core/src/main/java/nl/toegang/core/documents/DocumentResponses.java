package nl.toegang.core.documents;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A document as a download: its own type, saved under its name, never shown inside the page. */
public final class DocumentResponses {

    private DocumentResponses() {}

    public static HttpResponse<byte[]> of(Documents.Download download) {
        Document d = download.document();
        String ascii = d.fileName().replaceAll("[^\\x20-\\x7E]", "_");
        String encoded = URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(download.content())
                .contentType(MediaType.of(d.contentType()))
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "private, no-store");
    }
}
