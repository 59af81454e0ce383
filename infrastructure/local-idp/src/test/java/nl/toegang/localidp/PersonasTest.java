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

        assertThat(residents).extracting(Persona::id).containsExactly("jan", "anna", "petra");
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
    void case_workers_are_in_the_wmo_teams() {
        assertThat(personas).filteredOn(p -> p.roles().contains("caseworker"))
                .extracting(Persona::id).containsExactlyInAnyOrder("sanne", "daan", "fatima");
        assertThat(personas).filteredOn(p -> p.roles().contains("caseworker"))
                .allSatisfy(p -> assertThat(p.groups()).contains("wmo-consulenten"));
        assertThat(personas).filteredOn(p -> p.groups().contains("wmo-teamleiders"))
                .extracting(Persona::id).containsExactly("fatima");
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
