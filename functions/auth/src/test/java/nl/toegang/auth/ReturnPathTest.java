package nl.toegang.auth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/mijn-aanvragen", "/mijn-aanvragen/WMO-7K3M-Q9XD?lang=en", "/melding#stap-2"})
    void a_path_on_this_site_is_kept(String path) {
        assertThat(ReturnPath.orHome(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "///evil.example", "https://evil.example", "/\\evil.example",
            "/\t/evil.example", "/\n/evil.example", "javascript:alert(1)", "evil.example", ""})
    void anything_a_browser_could_read_as_another_site_becomes_home(String path) {
        assertThat(ReturnPath.orHome(path)).isEqualTo("/");
    }
}
