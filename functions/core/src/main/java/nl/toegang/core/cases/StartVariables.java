package nl.toegang.core.cases;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The start variables that say whom a case is about and who sent it, in the process's words:
 * {@code client}, {@code vertegenwoordiger}, {@code kanaal}, {@code verwijzer}, {@code melder}.
 * Each is there only when it applies, so a model tests {@code verwijzer != null}.
 */
final class StartVariables {

    private StartVariables() {}

    static Map<String, Object> ofSender(CaseRecord c) {
        Map<String, Object> variables = new LinkedHashMap<>();
        if (c.clientBsn() != null) {
            variables.put("client", words("bsn", c.clientBsn(), "naam", c.clientName()));
        }
        CaseSender sender = c.sender();
        switch (sender.kind()) {
            case REPRESENTATIVE -> variables.put("vertegenwoordiger", words("naam", sender.name(), "basis", sender.basis(),
                    "grondslag", sender.reference(), "kopieBrieven", sender.receivesCopies()));
            case LOKET -> {
                variables.put("kanaal", sender.channel());
                variables.put("loketMedewerker", words("naam", sender.name()));
            }
            case REFERRER -> variables.put("verwijzer", words("naam", sender.name(), "organisatie", sender.organisation(),
                    "agbCode", sender.agbCode(), "soort", sender.organisationKind()));
            case SIGNALLER -> variables.put("melder", words("naam", sender.name(), "organisatie", sender.organisation(),
                    "soort", sender.organisationKind()));
            case SELF -> { }
        }
        return variables;
    }

    // Zeebe takes null values in maps, but a FEEL path on a missing key reads as null all the same.
    private static Map<String, Object> words(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return map;
    }
}
