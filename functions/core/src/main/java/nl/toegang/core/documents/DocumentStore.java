package nl.toegang.core.documents;

import jakarta.inject.Singleton;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The files in the documents bucket. The bucket encrypts every object at rest (template.yaml); the
 * request does not ask for it, as the local S3 server does not know that header.
 */
@Singleton
public class DocumentStore {

    private final S3Client s3;
    private final DocumentSettings settings;

    public DocumentStore(S3Client s3, DocumentSettings settings) {
        this.s3 = s3;
        this.settings = settings;
    }

    /** Writing the same key twice writes the same bytes: a retry or a double submit is harmless. */
    public void put(String key, String contentType, byte[] content) {
        s3.putObject(b -> b.bucket(settings.getBucket()).key(key).contentType(contentType), RequestBody.fromBytes(content));
    }

    public byte[] get(String key) {
        return s3.getObjectAsBytes(b -> b.bucket(settings.getBucket()).key(key)).asByteArray();
    }
}
