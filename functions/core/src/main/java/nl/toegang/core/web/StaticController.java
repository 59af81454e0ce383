package nl.toegang.core.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.toegang.core.theme.MunicipalityLogo;
import nl.toegang.core.theme.NldsStylesheet;
import nl.toegang.core.theme.ThemeStylesheet;

/**
 * The style sheets, the municipality's logo and the OpenAPI documents the build generates
 * (META-INF/swagger). Pages on the NL Design System link {@value NldsStylesheet#URL} and then
 * {@value ThemeStylesheet#URL}; toegang.css serves the pages written before it.
 */
@Controller
@Hidden
public class StaticController {

    /** Every browser and proxy may keep these for an hour; they change only with a deployment. */
    private static final String CACHE_FOR_AN_HOUR = "public, max-age=3600";
    private static final byte[] CSS = read("/static/toegang.css");

    private final NldsStylesheet nlds;
    private final ThemeStylesheet theme;
    private final MunicipalityLogo logo;

    StaticController(NldsStylesheet nlds, ThemeStylesheet theme, MunicipalityLogo logo) {
        this.nlds = nlds;
        this.theme = theme;
        this.logo = logo;
    }

    @Get(value = "/static/toegang.css", produces = "text/css")
    public HttpResponse<byte[]> css() {
        return HttpResponse.ok(CSS).header("Cache-Control", CACHE_FOR_AN_HOUR);
    }

    @Get(value = NldsStylesheet.URL, produces = "text/css")
    public HttpResponse<byte[]> nldsCss() {
        return HttpResponse.ok(nlds.css()).header("Cache-Control", CACHE_FOR_AN_HOUR);
    }

    @Get(value = ThemeStylesheet.URL, produces = "text/css")
    public HttpResponse<byte[]> themeCss() {
        return HttpResponse.ok(theme.css()).header("Cache-Control", CACHE_FOR_AN_HOUR);
    }

    // Any Accept: the type is the file's own, set below.
    @Get(value = MunicipalityLogo.URL, produces = MediaType.ALL)
    public HttpResponse<byte[]> logo() {
        return HttpResponse.ok(logo.image()).contentType(MediaType.of(logo.contentType()))
                .header("Cache-Control", CACHE_FOR_AN_HOUR);
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
