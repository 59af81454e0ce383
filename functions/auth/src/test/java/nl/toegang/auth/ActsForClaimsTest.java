package nl.toegang.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The claims that say whom someone acts for and where a referrer or signaller works. */
class ActsForClaimsTest {

    @Test
    void actsForEntriesBecomeRepresentationsAndBrokenEntriesAreIgnored() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("bewind").claim("name", "Willem Bosman")
                .claim("roles", List.of("resident")).claim("bsn", "999991206")
                .claim("acts_for", List.of(
                        Map.of("bsn", "999991103", "name", "Kees Vermeulen", "basis", "bewindvoerder", "reference", "C/15/1"),
                        Map.of("name", "zonder bsn", "basis", "curator"),
                        "geen object"))
                .build();

        Principal principal = TokenVerifier.toPrincipal(claims);

        assertThat(principal.actsFor()).containsExactly(new ActsFor("999991103", "Kees Vermeulen", "bewindvoerder", "C/15/1"));
        assertThat(principal.actsFor("999991103")).isPresent();
        assertThat(principal.actsFor("123456782")).isEmpty();
    }

    @Test
    void aReferrerCarriesOrganisationAndAgbCode() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("dokter").claim("roles", List.of("referrer"))
                .claim("organisation", "Huisartsenpraktijk De Linde").claim("agb", "01012345")
                .claim("organisation_kind", "huisarts").build();

        Principal principal = TokenVerifier.toPrincipal(claims);

        assertThat(principal.hasRole(Principal.REFERRER)).isTrue();
        assertThat(principal.organisation()).contains("Huisartsenpraktijk De Linde");
        assertThat(principal.agbCode()).contains("01012345");
        assertThat(principal.organisationKind()).contains("huisarts");
        assertThat(principal.actsFor()).isEmpty();
    }
}
