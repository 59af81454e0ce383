package nl.toegang.localidp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PersonasTest {

    private final List<Persona> personas =
            PersonaCatalog.fromClasspath(new com.fasterxml.jackson.databind.ObjectMapper()).all();

    @Test
    void every_resident_has_a_bsn_that_passes_the_eleven_test() {
        List<Persona> residents = personas.stream().filter(p -> p.category() == PersonaCategory.RESIDENT).toList();

        assertThat(residents).extracting(Persona::id).containsExactly("jan", "anna", "petra", "greet", "kees", "bewind", "mirjam", "ronald");
        assertThat(residents).allSatisfy(resident ->
                assertThat(resident.bsn()).hasValueSatisfying(bsn -> assertThat(passesElevenTest(bsn))
                        .as("BSN of %s", resident.id()).isTrue()));
        assertThat(residents).extracting(p -> p.bsn().orElseThrow()).doesNotHaveDuplicates();
    }

    @Test
    void staff_and_administrators_have_no_bsn() {
        assertThat(personas).filteredOn(p -> p.category() != PersonaCategory.RESIDENT)
                .allSatisfy(p -> assertThat(p.bsn()).isEmpty());
    }

    @Test
    void case_workers_are_in_the_teams() {
        assertThat(personas).filteredOn(p -> p.groups().contains("wmo-consulenten"))
                .extracting(Persona::id).containsExactlyInAnyOrder("sanne", "daan", "fatima");
        assertThat(personas).filteredOn(p -> p.groups().contains("wmo-teamleiders"))
                .extracting(Persona::id).containsExactly("fatima");
        assertThat(personas).filteredOn(p -> p.groups().contains("voordeur-medewerkers"))
                .extracting(Persona::id).containsExactly("noor");
        assertThat(personas).filteredOn(p -> p.roles().contains("caseworker"))
                .allSatisfy(p -> assertThat(p.groups()).isNotEmpty()
                        .allSatisfy(g -> assertThat(g).matches("(wmo|jeugd|inkomen|schuldhulp|signalen|voordeur|doorbraak|bezwaar)-(consulenten|teamleiders|medewerkers|functionarissen|behandelaars)")));
    }

    @Test
    void representatives_act_for_residents_who_can_sign_in_themselves() {
        Persona petra = personas.stream().filter(p -> p.id().equals("petra")).findFirst().orElseThrow();
        Persona bewind = personas.stream().filter(p -> p.id().equals("bewind")).findFirst().orElseThrow();
        assertThat(petra.actsFor()).extracting(Persona.ActsFor::basis).containsExactly("mantelzorger-machtiging");
        assertThat(bewind.actsFor()).hasSize(2).extracting(Persona.ActsFor::basis).containsOnly("bewindvoerder");
        List<String> residentBsns = personas.stream().filter(p -> p.category() == PersonaCategory.RESIDENT)
                .map(p -> p.bsn().orElseThrow()).toList();
        assertThat(petra.actsFor()).extracting(Persona.ActsFor::bsn).allMatch(residentBsns::contains);
        assertThat(bewind.actsFor()).extracting(Persona.ActsFor::bsn).allMatch(residentBsns::contains);
    }

    @Test
    void referrers_and_signallers_name_their_organisation() {
        Persona dokter = personas.stream().filter(p -> p.id().equals("dokter")).findFirst().orElseThrow();
        Persona woonstede = personas.stream().filter(p -> p.id().equals("woonstede")).findFirst().orElseThrow();
        assertThat(dokter.roles()).containsExactly("referrer");
        assertThat(dokter.agb()).hasValueSatisfying(agb -> assertThat(agb).matches("\\d{8}"));
        assertThat(dokter.organisation()).isPresent();
        assertThat(woonstede.roles()).containsExactly("signaller");
        assertThat(woonstede.organisationKind()).contains("woningcorporatie");
    }

    @Test
    void every_persona_explains_itself_in_both_languages() {
        assertThat(personas).allSatisfy(p -> {
            assertThat(p.aboutNl()).isNotBlank();
            assertThat(p.aboutEn()).isNotBlank();
        });
    }

    private static boolean passesElevenTest(String bsn) {
        if (!bsn.matches("\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (bsn.charAt(i) - '0') * (9 - i);
        }
        sum -= bsn.charAt(8) - '0';
        return sum % 11 == 0;
    }
}
