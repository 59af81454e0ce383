package nl.toegang.core.theme;

import io.micronaut.context.annotation.Context;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The municipality as the pages show it: its name, logo and how to reach it. Checked at start, so
 * a page never shows an empty name or a phone link that does not dial.
 */
@Context
public class Municipality {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{2,28}");

    private final String name;
    private final String phone;
    private final List<String> address;
    private final String email;
    private final String web;

    Municipality(MunicipalitySettings settings) {
        name = required("toegang.municipality.name", settings.getName());
        phone = required("toegang.municipality.contact.phone", settings.getContact().getPhone());
        if (!PHONE.matcher(phone).matches()) {
            throw new IllegalStateException("toegang.municipality.contact.phone must be a phone number such as 14 0123, not '"
                    + phone + "'");
        }
        address = settings.getContact().getAddress().stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (address.isEmpty()) {
            throw new IllegalStateException("toegang.municipality.contact.address is not set");
        }
        email = optional(settings.getContact().getEmail());
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalStateException("toegang.municipality.contact.email must be an e-mail address, not '" + email + "'");
        }
        web = optional(settings.getContact().getWeb());
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String required(String setting, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(setting + " is not set");
        }
        return value.strip();
    }

    /** For example "Gemeente Voorbeeld"; also the logo's text alternative. */
    public String name() {
        return name;
    }

    /** Same origin, cacheable; see {@link MunicipalityLogo}. */
    public String logoUrl() {
        return MunicipalityLogo.URL;
    }

    /** The phone number as residents read it, for example "14 0123". */
    public String phone() {
        return phone;
    }

    /** The phone number as a link target, for example "tel:140123". */
    public String phoneLink() {
        return "tel:" + phone.replaceAll("[^0-9+]", "");
    }

    /** The e-mail address residents write to; null when none is configured. */
    public String email() {
        return email;
    }

    /** The web site as letters print it; null when none is configured. */
    public String web() {
        return web;
    }

    /** The lines of the address, in order. */
    public List<String> address() {
        return address;
    }
}
