package nl.toegang.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Residents sending meldingen through the JSON API, several at the same moment. */
final class MeldingSender {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The README's melding; the BSN is the sending resident's own. */
    private static Map<String, Object> melding(String bsn) {
        return Map.ofEntries(
                Map.entry("voornaam", "Jan"), Map.entry("achternaam", "Bakker"), Map.entry("bsn", bsn),
                Map.entry("geboortedatum", "1948-03-12"), Map.entry("adres", "Dorpsstraat 1"),
                Map.entry("postcode", "1431 AA"), Map.entry("woonplaats", "Aalsmeer"),
                Map.entry("telefoon", "0297123456"), Map.entry("namens", "zelf"),
                Map.entry("hulpvragen", List.of("huishouden")), Map.entry("situatie", "Ik kan niet meer stofzuigen."),
                Map.entry("spoed", "nee"), Map.entry("clientondersteuning", "nee"), Map.entry("akkoord", true));
    }

    /** A resident who sends: their token and their BSN. */
    record Resident(String token, String bsn) {}

    /** What a burst gave: the accepted case ids, the refused answers by status, and how long it took. */
    record Burst(List<String> accepted, Map<Integer, Integer> refused, Duration took) {
        double acceptedPerSecond() {
            return accepted.size() / Math.max(0.001, took.toMillis() / 1000.0);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String apiUrl;
    private final List<Resident> residents;

    MeldingSender(String baseUrl, List<Resident> residents) {
        this.apiUrl = baseUrl + "/api/cases";
        this.residents = List.copyOf(residents);
    }

    Burst send(int submissions, int senders) {
        List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> refused = new java.util.concurrent.ConcurrentSkipListMap<>();
        AtomicInteger next = new AtomicInteger();
        long begin = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(senders)) {
            for (int s = 0; s < senders; s++) {
                pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < submissions; i = next.getAndIncrement()) {
                        Resident resident = residents.get(i % residents.size());
                        Answer answer = post(resident);
                        if (answer.status() == 201) {
                            accepted.add(answer.caseId());
                        } else {
                            refused.merge(answer.status(), 1, Integer::sum);
                        }
                    }
                });
            }
        }
        return new Burst(List.copyOf(accepted), refused, Duration.ofNanos(System.nanoTime() - begin));
    }

    private record Answer(int status, String caseId) {}

    private Answer post(Resident resident) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + resident.token())
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                            Map.of("formId", "wmo-melding", "values", melding(resident.bsn())))))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String caseId = response.statusCode() == 201 ? JSON.readTree(response.body()).get("caseId").asText() : null;
            return new Answer(response.statusCode(), caseId);
        } catch (IOException e) {
            return new Answer(0, null); // no answer at all: counted as refused with status 0
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null);
        }
    }
}
