package nl.toegang.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.toegang.localservices.LambdaClient;

/** The melding form page by page, as a browser posts it: one body per step. */
final class MeldingSteps {

    static final List<String> STEPS = List.of(
            "voornaam=Jan&achternaam=Bakker&bsn=111222333&geboortedatum=1948-03-12&adres=Dorpsstraat+1"
                    + "&postcode=1431AA&woonplaats=Aalsmeer&telefoon=0297123456",
            "namens=zelf",
            "hulpvragen=huishouden&hulpvragen=vervoer&situatie=Ik+kan+niet+meer+stofzuigen&spoed=nee",
            "clientondersteuning=ja&akkoord=true");

    private MeldingSteps() {}

    /** The path of a new draft, without /stap/N or /controleren. */
    static String newDraft() {
        return "/formulieren/wmo-melding/concepten/" + UUID.randomUUID();
    }

    /** Saves every step of a new draft and returns its path; the check page comes next. */
    static String completeDraft(LambdaClient lambda, String token) {
        return completeDraft(lambda, token, "111222333");
    }

    /** As {@link #completeDraft(LambdaClient, String)} for a resident with this BSN (it must be their own). */
    static String completeDraft(LambdaClient lambda, String token, String bsn) {
        String draft = newDraft();
        for (int step = 1; step <= STEPS.size(); step++) {
            var saved = lambda.postForm(draft + "/stap/" + step, token, STEPS.get(step - 1).replace("111222333", bsn));
            assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        }
        return draft;
    }
}
