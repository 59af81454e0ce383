package nl.toegang.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** Test-only endpoints that show which principal the request carried. */
@Controller
public class EchoController {

    @Get(uri = "/api/me", produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> me(Principal principal) {
        return describe(principal);
    }

    @Get(uri = "/api/admin-only", produces = MediaType.APPLICATION_JSON)
    public Map<String, Object> adminOnly(Principal principal) {
        return describe(principal.require(Principal.ADMIN));
    }

    @Get(uri = "/page/me", produces = MediaType.TEXT_HTML)
    public String page(Principal principal) {
        return "<p>Welkom, " + escape(principal.name()) + "</p>";
    }

    /** A page address that also answers JSON, as a page's own fetch calls might use. */
    @Get(uri = "/page/data", produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Map<String, Object> pageData(Principal principal) {
        return describe(principal);
    }

    @Get(uri = "/page/admin-only", produces = MediaType.TEXT_HTML)
    public String adminPage(Principal principal) {
        return "<p>Beheer: " + escape(principal.require(Principal.ADMIN).name()) + "</p>";
    }

    @Get(uri = "/page/public", produces = MediaType.TEXT_HTML)
    public String publicPage(@Nullable Principal principal) {
        return principal == null ? "<p>Niet ingelogd</p>" : "<p>Ingelogd als " + escape(principal.name()) + "</p>";
    }

    private static Map<String, Object> describe(Principal principal) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", principal.subject());
        body.put("name", principal.name());
        body.put("roles", new TreeSet<>(principal.roles()));
        body.put("groups", new TreeSet<>(principal.groups()));
        body.put("bsn", principal.bsn().orElse(null));
        body.put("actsFor", principal.actsFor().stream().map(a -> a.bsn() + "/" + a.basis()).toList());
        body.put("organisation", principal.organisation().orElse(null));
        body.put("agb", principal.agbCode().orElse(null));
        return body;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
