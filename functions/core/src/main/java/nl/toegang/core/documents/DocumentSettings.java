package nl.toegang.core.documents;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Where documents are kept and how much a resident may send. In AWS the bucket comes from the
 * stack (TOEGANG_DOCUMENTS_BUCKET). A file may be at most 4 MB: an upload passes through the
 * Lambda's 6 MB request as base64 (see RawBody.UPLOAD_MAX_BYTES); more files go in more uploads.
 */
@ConfigurationProperties("toegang.documents")
public class DocumentSettings {
    private String bucket = "toegang-documents";
    private long maxFileBytes = 4L * 1024 * 1024;
    /** Together, the documents sent with one answer (or one case, for documents not tied to a request). */
    private long maxTotalBytes = 12L * 1024 * 1024;
    private int maxFiles = 5;

    public String getBucket() { return bucket; }
    public void setBucket(String bucket) { this.bucket = bucket; }
    public long getMaxFileBytes() { return maxFileBytes; }
    public void setMaxFileBytes(long maxFileBytes) { this.maxFileBytes = maxFileBytes; }
    public long getMaxTotalBytes() { return maxTotalBytes; }
    public void setMaxTotalBytes(long maxTotalBytes) { this.maxTotalBytes = maxTotalBytes; }
    public int getMaxFiles() { return maxFiles; }
    public void setMaxFiles(int maxFiles) { this.maxFiles = maxFiles; }
}
