package nl.toegang.auth;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;
import java.util.Optional;

/**
 * {@code toegang.auth.*}: which identity provider to trust, which tokens to accept, and where
 * browser sessions live.
 * The provider's endpoints are not configured: they come from its discovery document.
 */
@ConfigurationProperties("toegang.auth")
public class AuthSettings {

    private String issuer;
    private String audience = "toegang";
    private String clientId = "toegang";
    private String clientSecret;
    private boolean cookieSecure;
    private String publicBaseUrl;
    private Duration clockSkew = Duration.ofSeconds(60);
    private Duration maxTokenLifetime = Duration.ofHours(12);
    private String sessionTable = "toegang-sessions";
    private String caseworkerStartPage = "/werk/start";
    private String adminStartPage = "/beheer";

    /** Where case workers land after signing in from the home page. */
    public String getCaseworkerStartPage() {
        return caseworkerStartPage;
    }

    public void setCaseworkerStartPage(String caseworkerStartPage) {
        this.caseworkerStartPage = caseworkerStartPage;
    }

    /** Where administrators land after signing in from the home page. */
    public String getAdminStartPage() {
        return adminStartPage;
    }

    public void setAdminStartPage(String adminStartPage) {
        this.adminStartPage = adminStartPage;
    }

    /** The provider's issuer URL; its discovery document lives at {@code <issuer>/.well-known/openid-configuration}. */
    public String getIssuer() {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException("toegang.auth.issuer is not set");
        }
        return stripTrailingSlash(issuer);
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        if (clientSecret == null) {
            throw new IllegalStateException("toegang.auth.client-secret is not set");
        }
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    /** False only for plain-http local runs; browsers drop Secure cookies on http. */
    public boolean isCookieSecure() {
        return cookieSecure;
    }

    public void setCookieSecure(boolean cookieSecure) {
        this.cookieSecure = cookieSecure;
    }

    /** The address residents use, e.g. {@code https://toegang.gemeente.nl}; without it the request's host is used. */
    public Optional<String> getPublicBaseUrl() {
        return Optional.ofNullable(publicBaseUrl).filter(url -> !url.isBlank()).map(AuthSettings::stripTrailingSlash);
    }

    public void setPublicBaseUrl(String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
    }

    /** How far clocks of the provider and this function may drift apart when checking exp and iat. */
    public Duration getClockSkew() {
        return clockSkew;
    }

    public void setClockSkew(Duration clockSkew) {
        this.clockSkew = clockSkew;
    }

    /** Tokens valid for longer than this ({@code exp - iat}) are refused; the local provider issues 8 hours. */
    public Duration getMaxTokenLifetime() {
        return maxTokenLifetime;
    }

    public void setMaxTokenLifetime(Duration maxTokenLifetime) {
        this.maxTokenLifetime = maxTokenLifetime;
    }

    /** The DynamoDB table of browser sessions; in AWS it comes from the template (TOEGANG_AUTH_SESSION_TABLE). */
    public String getSessionTable() {
        return sessionTable;
    }

    public void setSessionTable(String sessionTable) {
        this.sessionTable = sessionTable;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
