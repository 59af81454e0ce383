package nl.toegang.core.cases;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who a case is about and whether it is urgent, as the melding says it. The intake forms use the
 * keys of {@code wmo-melding} (docs/architecture.md): {@code voornaam}, {@code achternaam}, {@code spoed}.
 * The client is the person who needs help, who need not be the one who sent the melding.
 *
 * @param name null when the melding names nobody
 */
public record CaseClient(String name, boolean urgent) {

    public static CaseClient of(CaseRecord c) {
        return c == null ? new CaseClient(null, false) : of(c.values());
    }

    static CaseClient of(Map<String, Object> values) {
        String name = Stream.of(values.get("voornaam"), values.get("achternaam"))
                .filter(v -> v != null && !v.toString().isBlank())
                .map(v -> v.toString().strip())
                .collect(Collectors.joining(" "));
        return new CaseClient(name.isEmpty() ? null : name, "ja".equals(values.get("spoed")));
    }
}
