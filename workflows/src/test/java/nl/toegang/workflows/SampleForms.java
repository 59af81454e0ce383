package nl.toegang.workflows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The answers the intake forms deliver, one sample person a form, for the route tests. */
final class SampleForms {

  private SampleForms() {}

  /** A melding as the resident form {@code wmo-melding} would deliver it. */
  static Map<String, Object> wmoMelding(String spoed, List<String> hulpvragen) {
    Map<String, Object> melding = new HashMap<>();
    melding.put("voornaam", "Riet");
    melding.put("achternaam", "de Vries");
    melding.put("bsn", "111222333");
    melding.put("geboortedatum", "1941-03-08");
    melding.put("adres", "Lindelaan 4");
    melding.put("postcode", "1431 AB");
    melding.put("woonplaats", "Aalsmeer");
    melding.put("telefoon", "0612345678");
    melding.put("namens", "iemand-anders");
    melding.put("namensNaam", "Ellen de Vries");
    melding.put("namensRelatie", "dochter");
    melding.put("hulpvragen", hulpvragen);
    melding.put("situatie", "Mijn moeder kan het huis niet meer schoonhouden.");
    melding.put("spoed", spoed);
    melding.put("clientondersteuning", "ja");
    melding.put("akkoord", true);
    return melding;
  }

  /** A melding as the intake form {@code jeugd-melding} would deliver it. */
  static Map<String, Object> jeugdMelding(String namens, String spoed, String veiligheid) {
    Map<String, Object> melding = new HashMap<>();
    melding.put("namens", namens);
    if (namens.equals("ouder")) {
      melding.put("namensNaam", "Sanne Bakker");
      melding.put("namensRelatie", "moeder");
    }
    melding.put("telefoon", "0612345678");
    melding.put("voornaam", "Daan");
    melding.put("achternaam", "Bakker");
    melding.put("geboortedatum", "2012-05-14");
    melding.put("bsn", "111222333");
    melding.put("adres", "Dorpsstraat 12");
    melding.put("postcode", "1431 CD");
    melding.put("woonplaats", "Aalsmeer");
    melding.put("situatie", "Daan gaat al weken niet naar school. Hij is vaak boos en somber.");
    melding.put("veiligheid", veiligheid);
    melding.put("spoed", spoed);
    melding.put("clientondersteuning", "nee");
    melding.put("akkoord", true);
    return melding;
  }

  /** A referral as the form {@code jeugd-verwijzing} would deliver it. */
  static Map<String, Object> verwijzing(String jeugdhulpSoort, String spoed) {
    Map<String, Object> verwijzing = new HashMap<>();
    verwijzing.put("voornaam", "Lieke");
    verwijzing.put("achternaam", "Jansen");
    verwijzing.put("geboortedatum", "2014-09-02");
    verwijzing.put("bsn", "123456782");
    verwijzing.put("adres", "Kerkweg 3");
    verwijzing.put("postcode", "1432 EF");
    verwijzing.put("woonplaats", "Aalsmeer");
    verwijzing.put("telefoon", "0687654321");
    verwijzing.put("jeugdhulpSoort", jeugdhulpSoort);
    verwijzing.put("verwijsreden", "Angstklachten, thuis en op school. Behandeling nodig.");
    verwijzing.put("spoed", spoed);
    verwijzing.put("gezinGeinformeerd", true);
    return verwijzing;
  }

  /** Who referred, as the platform sets it from the referrer's login. */
  static Map<String, Object> huisarts() {
    return Map.of("naam", "Dr. A. de Wit", "organisatie", "Huisartsenpraktijk Aalsmeer-Oost", "agbCode", "01012345",
        "soort", "huisarts");
  }

  /** The answers of the resident form {@code bijstand-aanvraag}: a single mother with no income. */
  static Map<String, Object> bijstandAanvraag() {
    Map<String, Object> aanvraag = person();
    aanvraag.put("huishouden", "alleenstaande-ouder");
    aanvraag.put("aantalKinderen", 1);
    aanvraag.put("inkomenSoort", List.of("geen"));
    aanvraag.put("inkomenPerMaand", 0);
    aanvraag.put("woonsituatie", "huur");
    aanvraag.put("woonkostenPerMaand", 720.5);
    aanvraag.put("stukkenAanleveren", "balie");
    return aanvraag;
  }

  /** Who the Participatiewet forms ask about: a young woman applying for herself. */
  static Map<String, Object> person() {
    Map<String, Object> person = new HashMap<>();
    person.put("voornaam", "Paulien");
    person.put("achternaam", "Bakker");
    person.put("bsn", "111222333");
    person.put("geboortedatum", "2002-05-14");
    person.put("adres", "Stationsstraat 12");
    person.put("postcode", "1315 AB");
    person.put("woonplaats", "Almere");
    person.put("telefoon", "0612345678");
    person.put("namens", "zelf");
    person.put("akkoord", true);
    return person;
  }

  /** What the general front-door form hands a part of a split request: no route-specific answers. */
  static Map<String, Object> frontDoorOnly() {
    Map<String, Object> melding = new HashMap<>();
    melding.put("voornaam", "Paulien");
    melding.put("achternaam", "Bakker");
    melding.put("situatie", "Ik heb geen geld meer voor de huur en het eten.");
    return melding;
  }

  /** A request for debt help as form {@code schuldhulp-verzoek} delivers it. */
  static Map<String, Object> verzoek(List<String> dreiging) {
    Map<String, Object> verzoek = new HashMap<>();
    verzoek.put("voornaam", "Paulien");
    verzoek.put("achternaam", "Jansen");
    verzoek.put("bsn", "111222333");
    verzoek.put("geboortedatum", "2002-05-14");
    verzoek.put("adres", "Havenstraat 12");
    verzoek.put("postcode", "1315 AB");
    verzoek.put("woonplaats", "Almere");
    verzoek.put("telefoon", "0612345678");
    verzoek.put("schuldBedrag", "5000-20000");
    verzoek.put("schuldeisers", List.of("verhuurder", "energie", "zorgverzekeraar"));
    verzoek.put("dreiging", dreiging);
    verzoek.put("dreigingToelichting", dreiging.isEmpty() ? "" : "De deurwaarder komt op 15 december.");
    verzoek.put("inkomenSoort", List.of("uitkering"));
    verzoek.put("inkomenPerMaand", 1350);
    verzoek.put("akkoord", true);
    return verzoek;
  }

  /** A signal as form {@code signaal} delivers it. */
  static Map<String, Object> signaal(String bron, String spoed) {
    Map<String, Object> signaal = new HashMap<>();
    signaal.put("bron", bron);
    signaal.put("voornaam", "Henk");
    signaal.put("achternaam", "Bakker");
    signaal.put("adres", "Dorpsstraat 3");
    signaal.put("woonplaats", "Aalsmeer");
    signaal.put("zorg", "Hij betaalt de huur al drie maanden niet en doet de deur niet open.");
    signaal.put("achterstandBedrag", 2100);
    signaal.put("achterstandMaanden", 3);
    signaal.put("spoed", spoed);
    signaal.put("persoonWeetHet", "nee");
    return signaal;
  }


  /** A question as the general front-door form {@code hulpvraag} delivers it. */
  static Map<String, Object> hulpvraag(List<String> levensgebieden) {
    Map<String, Object> melding = new HashMap<>();
    melding.put("omschrijving", "Ik kan het huis niet schoonhouden en ik heb schulden.");
    melding.put("levensgebieden", levensgebieden);
    melding.put("voorWie", "zelf");
    melding.put("spoed", "nee");
    melding.put("akkoord", true);
    return melding;
  }
}
