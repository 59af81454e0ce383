package nl.toegang.core.theme;

import io.micronaut.context.annotation.Context;
import io.micronaut.core.io.ResourceResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * The logo file named by {@code toegang.municipality.logo}, read once at start and served by the
 * platform itself at {@link #URL}: the pages' policy only shows images from their own origin.
 */
@Context
public class MunicipalityLogo {

    public static final String URL = "/static/logo";

    /** Larger files would slow every first page; a logo is a few kB. */
    private static final int MAX_BYTES = 256 * 1024;
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "svg", "image/svg+xml", "png", "image/png", "webp", "image/webp", "jpg", "image/jpeg", "jpeg", "image/jpeg");

    private final byte[] image;
    private final String contentType;

    MunicipalityLogo(MunicipalitySettings settings, ResourceResolver resources) {
        String location = settings.getLogo();
        if (location == null || !(location.startsWith("classpath:") || location.startsWith("file:"))) {
            throw new IllegalStateException("toegang.municipality.logo must name a file as classpath:... or file:..., not '"
                    + location + "'");
        }
        String extension = location.substring(location.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        contentType = CONTENT_TYPES.get(extension);
        if (contentType == null) {
            throw new IllegalStateException("toegang.municipality.logo must be an .svg, .png, .webp or .jpg file, not '"
                    + location + "'");
        }
        try (InputStream in = resources.getResourceAsStream(location).orElseThrow(() -> new IllegalStateException(
                "toegang.municipality.logo: there is no file at '" + location + "'"))) {
            image = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (image.length > MAX_BYTES || image.length == 0) {
            throw new IllegalStateException("toegang.municipality.logo must be a file of at most 256 kB: '" + location + "'");
        }
    }

    public byte[] image() {
        return image;
    }

    public String contentType() {
        return contentType;
    }
}
