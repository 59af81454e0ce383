package nl.toegang.core.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The style sheet and the OpenAPI documents the build generates (META-INF/swagger). */
@Controller
@Hidden
public class StaticController {

    private static final byte[] CSS = read("/static/toegang.css");

    @Get(value = "/static/toegang.css", produces = "text/css")
    public HttpResponse<byte[]> css() {
        return HttpResponse.ok(CSS).header("Cache-Control", "public, max-age=3600");
    }

    @Get(value = "/openapi/{file}", produces = "application/yaml")
    public HttpResponse<byte[]> openApi(String file) {
        if (!file.matches("[a-z0-9.-]+\\.yml")) {
            throw ProblemException.notFound("openapi.unknown", file);
        }
        try (InputStream in = StaticController.class.getResourceAsStream("/META-INF/swagger/" + file)) {
            if (in == null) {
                throw ProblemException.notFound("openapi.unknown", file);
            }
            return HttpResponse.ok(in.readAllBytes()).contentType(MediaType.of("application/yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = StaticController.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
