package nl.toegang.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.toegang.auth.ActsFor;
import nl.toegang.auth.Principal;
import org.junit.jupiter.api.Test;

/** Who sends a case, whom it is about, and who may see it: the rules of ADR "acting for someone else". */
class ActingForSomeoneElseTest {

    static final String PETRA_BSN = "999993653";
    static final String GREET_BSN = "999991024";
    static final String KEES_BSN = "999991103";

    final Principal petra = new Principal("petra", "Petra de Wit", Set.of("resident"), Set.of(), Optional.of(PETRA_BSN),
            List.of(new ActsFor(GREET_BSN, "Greet de Wit", "mantelzorger-machtiging", "M-1")), Optional.empty(),
            Optional.empty(), Optional.empty());
    final Principal greet = resident("greet", "Greet de Wit", GREET_BSN);
    final Principal jan = resident("jan", "Jan Bakker", "111222333");
    final Principal bewind = new Principal("bewind", "Willem Bosman", Set.of("resident"), Set.of(), Optional.of("999991206"),
            List.of(new ActsFor(KEES_BSN, "Kees Vermeulen", "bewindvoerder", "C/15/351234")), Optional.empty(),
            Optional.empty(), Optional.empty());
    final Principal dokter = new Principal("dokter", "Eva Meijer", Set.of("referrer"), Set.of(), Optional.empty(), List.of(),
            Optional.of("Huisartsenpraktijk De Linde"), Optional.of("01012345"), Optional.of("huisarts"));
    final Principal woonstede = new Principal("woonstede", "Marco Verbeek", Set.of("signaller"), Set.of(), Optional.empty(),
            List.of(), Optional.of("Woonstede"), Optional.empty(), Optional.of("woningcorporatie"));
    final Principal noor = new Principal("noor", "Noor Yilmaz", Set.of("caseworker"), Set.of("voordeur-medewerkers"),
            Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());

    static Principal resident(String subject, String name, String bsn) {
        return new Principal(subject, name, Set.of("resident"), Set.of(), Optional.of(bsn), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static IntakeForm form(String id, List<String> submittedBy, List<String> shownTo) {
        IntakeForm form = new IntakeForm(id);
        form.setLaw("wmo");
        form.setSubmittedBy(submittedBy);
        form.setShownTo(shownTo);
        return form;
    }

    final CaseAccess access = new CaseAccess(null, null, null, new ProcessStarter(null, null, null, null, List.of(
            form("wmo-melding", List.of("self", "representative", "loket"), List.of("sender", "client")),
            form("signaal", List.of("signaller", "self"), List.of()),
            form("jeugd-verwijzing", List.of("referrer"), List.of("client"))), List.of()));

    static CaseRecord caseOf(String formId, Principal by, CaseSender sender, Map<String, Object> values) {
        String clientBsn = CaseSenders.clientBsn(by, sender, values);
        return new CaseRecord("WMO-AAAAA-AAAAA", by.subject(), by.name(), formId, 1, "wmo", values, CaseStatus.RECEIVED,
                Instant.now(), true, null, clientBsn, CaseSenders.clientName(by, sender, values, clientBsn), sender);
    }

    static CaseRecord sent(String formId, Principal by, Map<String, Object> values) {
        return caseOf(formId, by, CaseSenders.of(by, values), values);
    }

    @Test
    void aResidentWhoActsForTheBsnInTheFormIsItsRepresentativeWithTheBasisFromTheToken() {
        CaseRecord c = sent("wmo-melding", petra, Map.of("bsn", GREET_BSN, "voornaam", "Greet", "achternaam", "de Wit"));

        assertThat(c.sender().kind()).isEqualTo(CaseSender.Kind.REPRESENTATIVE);
        assertThat(c.sender().basis()).isEqualTo("mantelzorger-machtiging");
        assertThat(c.sender().reference()).isEqualTo("M-1");
        assertThat(c.clientBsn()).isEqualTo(GREET_BSN);
        assertThat(c.clientName()).isEqualTo("Greet de Wit");
    }

    @Test
    void typingSomeoneElsesBsnDoesNotMakeYouTheirRepresentative() {
        CaseRecord c = sent("wmo-melding", jan, Map.of("bsn", GREET_BSN, "namens", "iemand-anders"));

        assertThat(c.sender().kind()).isEqualTo(CaseSender.Kind.SELF);
        assertThat(c.sender().receivesCopies()).isFalse();
    }

    @Test
    void referrersAndSignallersAreRecordedWithTheirOrganisation() {
        CaseSender referrer = CaseSenders.of(dokter, Map.of("bsn", GREET_BSN));
        CaseSender signaller = CaseSenders.of(woonstede, Map.of());

        assertThat(referrer.kind()).isEqualTo(CaseSender.Kind.REFERRER);
        assertThat(referrer.agbCode()).isEqualTo("01012345");
        assertThat(referrer.organisation()).isEqualTo("Huisartsenpraktijk De Linde");
        assertThat(signaller.kind()).isEqualTo(CaseSender.Kind.SIGNALLER);
        assertThat(signaller.organisationKind()).isEqualTo("woningcorporatie");
    }

    @Test
    void thePersonHelpedAndWhoeverActsForThemSeeTheCaseAStrangerDoesNot() {
        CaseRecord c = sent("wmo-melding", petra, Map.of("bsn", GREET_BSN));

        assertThat(access.relation(petra, c)).contains(CaseAccess.Relation.REPRESENTATIVE);
        assertThat(access.relation(greet, c)).contains(CaseAccess.Relation.ABOUT_ME);
        assertThat(access.relation(jan, c)).isEmpty();
        assertThat(access.relation(bewind, c)).isEmpty();
    }

    @Test
    void aMeldingTheLoketRegisteredIsTheResidentsAndNotTheLoketWorkers() {
        CaseRecord c = caseOf("wmo-melding", noor, CaseSender.loket("noor", "Noor Yilmaz", "telefoon"),
                Map.of("bsn", "111222333"));

        assertThat(c.clientBsn()).isEqualTo("111222333");
        assertThat(access.relation(jan, c)).contains(CaseAccess.Relation.ABOUT_ME);
        assertThat(access.relation(noor, c)).isEmpty();
        assertThat(StartVariables.ofSender(c)).containsEntry("kanaal", "telefoon")
                .containsEntry("client", Map.of("bsn", "111222333"));
    }

    @Test
    void whoeverRaisedASignalNeverSeesItEvenAsAResident() {
        CaseRecord bySignaller = sent("signaal", woonstede, Map.of("bsn", GREET_BSN));
        CaseRecord byNeighbour = sent("signaal", jan, Map.of("bsn", GREET_BSN));

        assertThat(access.relation(woonstede, bySignaller)).isEmpty();
        assertThat(access.relation(jan, byNeighbour)).isEmpty();
        assertThat(access.relation(greet, byNeighbour)).isEmpty();
        assertThat(StartVariables.ofSender(bySignaller)).containsEntry("melder",
                Map.of("naam", "Marco Verbeek", "organisatie", "Woonstede", "soort", "woningcorporatie"));
    }

    @Test
    void aReferrerDoesNotSeeTheReferralTheChildsParentsDo() {
        CaseRecord c = sent("jeugd-verwijzing", dokter, Map.of("bsn", GREET_BSN));

        assertThat(access.relation(dokter, c)).isEmpty();
        assertThat(access.relation(greet, c)).contains(CaseAccess.Relation.ABOUT_ME);
        assertThat(StartVariables.ofSender(c)).containsEntry("verwijzer", Map.of("naam", "Eva Meijer",
                "organisatie", "Huisartsenpraktijk De Linde", "agbCode", "01012345", "soort", "huisarts"));
    }

    @Test
    void legalRepresentativesGetCopiesOfLettersAMachtigingAlone() {
        assertThat(CaseSender.representative("b", "B", "bewindvoerder", "").receivesCopies()).isTrue();
        assertThat(CaseSender.representative("b", "B", "curator", "").receivesCopies()).isTrue();
        assertThat(CaseSender.representative("b", "B", "mentor", "").receivesCopies()).isTrue();
        assertThat(CaseSender.representative("b", "B", "wettelijk-vertegenwoordiger", "").receivesCopies()).isTrue();
        assertThat(CaseSender.representative("p", "P", "mantelzorger-machtiging", "").receivesCopies()).isFalse();
        CaseRecord c = sent("wmo-melding", bewind, Map.of("bsn", KEES_BSN));
        assertThat(StartVariables.ofSender(c).get("vertegenwoordiger")).isEqualTo(Map.of("naam", "Willem Bosman",
                "basis", "bewindvoerder", "grondslag", "C/15/351234", "kopieBrieven", true));
    }

    @Test
    void forMyselfWithTheBsnOfSomeoneIActForIsAcceptedWithAStrangersItIsNot() {
        assertThat(OwnBsnRule.isBroken(bewind, Map.of("namens", "zelf", "bsn", KEES_BSN))).isFalse();
        assertThat(OwnBsnRule.isBroken(bewind, Map.of("namens", "zelf", "bsn", GREET_BSN))).isTrue();
    }

    @Test
    void eachFormSaysWhoMaySendIt() {
        IntakeForm melding = form("wmo-melding", List.of("self", "representative", "loket"), List.of("sender", "client"));
        assertThat(melding.maySubmit(CaseSender.Kind.LOKET)).isTrue();
        assertThat(melding.maySubmit(CaseSender.Kind.REFERRER)).isFalse();
        assertThat(melding.maySubmit(CaseSender.Kind.SIGNALLER)).isFalse();
    }
}
