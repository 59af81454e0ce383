package nl.toegang.core.theme;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code toegang.municipality.*}: who runs this Toegang and how its pages look. application.yml
 * holds the neutral example, Gemeente Voorbeeld; in AWS the stack's parameters set the
 * environment (TOEGANG_MUNICIPALITY_NAME, TOEGANG_MUNICIPALITY_COLORS_PRIMARY, ...). Checked when
 * the application starts: {@link Municipality}, {@link MunicipalityLogo}, {@link ThemeStylesheet}.
 */
@ConfigurationProperties("toegang.municipality")
public class MunicipalitySettings {

    private String name;
    private String logo;
    private Contact contact = new Contact();
    private Colors colors = new Colors();
    private Map<String, String> tokens = new LinkedHashMap<>();

    /** As residents know it, for example "Gemeente Voorbeeld". */
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }

    /**
     * Where the logo file is: {@code classpath:...} or {@code file:...} (SVG, PNG, WebP or JPEG).
     * The platform serves it itself, at {@link MunicipalityLogo#URL}, so it is on the pages' own origin.
     */
    public String getLogo() { return logo; }
    public void setLogo(String logo) { this.logo = logo; }

    public Contact getContact() { return contact; }
    public void setContact(Contact contact) { this.contact = contact; }

    public Colors getColors() { return colors; }
    public void setColors(Colors colors) { this.colors = colors; }

    /**
     * Any other design token of the style sheet, by its name without the leading dashes, for
     * example {@code basis-border-radius-md: 4px}. Applied after the colours.
     */
    public Map<String, String> getTokens() { return tokens; }
    public void setTokens(Map<String, String> tokens) { this.tokens = tokens; }

    /** How residents reach the municipality. */
    @ConfigurationProperties("contact")
    public static class Contact {
        private String phone;
        private List<String> address = List.of();
        private String email;
        private String web;

        /** As it is written on the page, for example "14 0123". */
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }

        /** The lines of the address; in the environment one value with the lines separated by commas. */
        public List<String> getAddress() { return address; }
        public void setAddress(List<String> address) { this.address = address; }

        /** The address residents write to, for example "info@voorbeeld.example"; a letter's contact block shows it. Optional. */
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }

        /** The municipality's web site as a letter prints it, for example "www.voorbeeld.example". Optional. */
        public String getWeb() { return web; }
        public void setWeb(String web) { this.web = web; }
    }

    /**
     * The municipality's colours, each a hex colour such as {@code #34495e}. {@link ThemeStylesheet}
     * says which design tokens each one sets.
     */
    @ConfigurationProperties("colors")
    public static class Colors {
        private String primary;
        private String primaryDark;
        private String primaryLight;
        private String onPrimary;
        private String link;
        private String linkHover;
        private String text;
        private String background;
        private String focus;
        private String focusText;

        /** The main colour: primary buttons, accents, borders of accented blocks. */
        public String getPrimary() { return primary; }
        public void setPrimary(String primary) { this.primary = primary; }
        /** A darker shade of it: buttons while pointed at or pressed. */
        public String getPrimaryDark() { return primaryDark; }
        public void setPrimaryDark(String primaryDark) { this.primaryDark = primaryDark; }
        /** A light tint of it: backgrounds of accented blocks such as the page footer. */
        public String getPrimaryLight() { return primaryLight; }
        public void setPrimaryLight(String primaryLight) { this.primaryLight = primaryLight; }
        /** Text on the main colour, such as the label of a primary button. */
        public String getOnPrimary() { return onPrimary; }
        public void setOnPrimary(String onPrimary) { this.onPrimary = onPrimary; }
        public String getLink() { return link; }
        public void setLink(String link) { this.link = link; }
        public String getLinkHover() { return linkHover; }
        public void setLinkHover(String linkHover) { this.linkHover = linkHover; }
        /** Body text and headings. */
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getBackground() { return background; }
        public void setBackground(String background) { this.background = background; }
        /** Background of whatever has the keyboard focus. */
        public String getFocus() { return focus; }
        public void setFocus(String focus) { this.focus = focus; }
        /** Text and outline of whatever has the keyboard focus. */
        public String getFocusText() { return focusText; }
        public void setFocusText(String focusText) { this.focusText = focusText; }
    }
}
