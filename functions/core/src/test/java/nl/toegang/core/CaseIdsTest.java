package nl.toegang.core;

import static org.assertj.core.api.Assertions.assertThat;

import nl.toegang.core.cases.CaseIds;
import org.junit.jupiter.api.Test;

class CaseIdsTest {

    @Test
    void theSameSubmissionAlwaysGetsTheSameReadableId() {
        String id = CaseIds.derive("WMO", "jan", "wmo-melding", "key-1");
        assertThat(id).isEqualTo(CaseIds.derive("WMO", "jan", "wmo-melding", "key-1"));
        assertThat(id).matches("WMO-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
        assertThat(CaseIds.looksValid(id)).isTrue();
    }

    @Test
    void anotherKeyOrAnotherPersonGetsAnotherId() {
        String id = CaseIds.derive("WMO", "jan", "wmo-melding", "key-1");
        assertThat(CaseIds.derive("WMO", "jan", "wmo-melding", "key-2")).isNotEqualTo(id);
        assertThat(CaseIds.derive("WMO", "anna", "wmo-melding", "key-1")).isNotEqualTo(id);
    }

    @Test
    void tamperedIdsDoNotLookValid() {
        assertThat(CaseIds.looksValid("WMO-AAAAA-AAAA'")).isFalse();
        assertThat(CaseIds.looksValid("../etc/passwd")).isFalse();
        assertThat(CaseIds.looksValid("WMO-IIIII-LLLLL")).isFalse();
        assertThat(CaseIds.looksValid(null)).isFalse();
    }
}
