package nl.toegang.pages;

import java.util.List;

/**
 * The municipality in the header and footer of every page, from its configuration.
 *
 * @param phoneLink the phone number as a link target, e.g. {@code tel:140123}
 */
public record MunicipalityView(String name, String logoUrl, String phone, String phoneLink, List<String> address) {

    public MunicipalityView {
        address = List.copyOf(address);
    }
}
