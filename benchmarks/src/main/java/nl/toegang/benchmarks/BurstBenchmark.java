package nl.toegang.benchmarks;

import io.camunda.zeebe.protocol.record.intent.JobIntent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.toegang.core.cases.CaseRepository;
import nl.toegang.core.tasks.TaskRepository;
import nl.toegang.core.tasks.UserTaskRecord;
import nl.toegang.local.LocalPlatform;
import nl.toegang.localidp.Persona;

/**
 * A burst of meldingen through the real HTTP API, on the whole platform in this JVM
 * ({@code ./toegang bench}). Prints how fast the API accepted them, how long it took until every
 * case's first task was in the case workers' inbox, and how many jobs timed out in the engine.
 */
public final class BurstBenchmark {

    /** Where the Wmo route's first task for a melding without urgency lands. */
    private static final String FIRST_TASK_GROUP = "wmo-consulenten";
    private static final Duration POLL = Duration.ofSeconds(2);

    record Options(int submissions, int seed, int senders, Duration maxWait) {
        static Options parse(String[] args) {
            int submissions = 1000;
            int seed = 0;
            int senders = 8;
            int maxWaitMinutes = 15;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--submissions" -> submissions = number(args[i], value);
                    case "--seed" -> seed = number(args[i], value);
                    case "--senders" -> senders = number(args[i], value);
                    case "--max-wait-minutes" -> maxWaitMinutes = number(args[i], value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (known: --submissions N, --seed N, --senders N, --max-wait-minutes N)");
                }
                i++;
            }
            return new Options(submissions, seed, senders, Duration.ofMinutes(maxWaitMinutes));
        }

        private static int number(String option, String value) {
            try {
                int n = Integer.parseInt(value);
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException | NullPointerException ignored) {
                // the message below says what is wrong
            }
            throw new IllegalArgumentException(option + " needs a whole number of 0 or more, not '" + value + "'");
        }
    }

    public static void main(String[] args) {
        Options options = Options.parse(args);
        say("Starting the platform (DynamoDB Local, embedded Zeebe, identity provider, functions, job dispatcher)...");
        LocalPlatform platform = LocalPlatform.start(LocalPlatform.Settings.random());
        int exit = 0;
        try {
            exit = new BurstBenchmark(platform).run(options) ? 0 : 1;
        } finally {
            platform.close();
        }
        System.exit(exit);
    }

    private final LocalPlatform platform;
    private final MeldingSender sender;
    private final TaskRepository tasks;

    private BurstBenchmark(LocalPlatform platform) {
        this.platform = platform;
        PersonaTokens tokens = new PersonaTokens(platform.services().identityProvider());
        List<MeldingSender.Resident> residents = new ArrayList<>();
        for (Persona persona : platform.personas()) {
            if (persona.roles().contains("resident") && persona.bsn().isPresent()) {
                residents.add(new MeldingSender.Resident(tokens.idToken(persona.id()), persona.bsn().get()));
            }
        }
        if (residents.isEmpty()) {
            throw new IllegalStateException("The local identity provider has no resident persona with a BSN");
        }
        this.sender = new MeldingSender(platform.url(), residents);
        this.tasks = platform.context().getBean(TaskRepository.class);
    }

    /** @return whether every accepted case got its first task in time */
    private boolean run(Options options) {
        if (options.seed() > 0) {
            say("Seeding " + options.seed() + " open cases...");
            MeldingSender.Burst seeded = sender.send(options.seed(), options.senders());
            if (waitForFirstTasks(seeded.accepted(), System.nanoTime(), options.maxWait()) < seeded.accepted().size()) {
                say("The seeded cases did not all get their first task; stopping.");
                return false;
            }
        }
        long timedOutBefore = records().jobs(JobIntent.TIMED_OUT);
        say("Sending " + options.submissions() + " meldingen with " + options.senders() + " senders at once...");
        long begin = System.nanoTime();
        MeldingSender.Burst burst = sender.send(options.submissions(), options.senders());
        say(String.format(Locale.ROOT, "accepted: %d of %d in %.1f s = %.1f accepted/s%s", burst.accepted().size(),
                options.submissions(), seconds(burst.took()), burst.acceptedPerSecond(),
                burst.refused().isEmpty() ? "" : " (refused, by HTTP status: " + burst.refused() + ")"));

        int withTask = waitForFirstTasks(burst.accepted(), begin, options.maxWait());
        Duration untilAll = Duration.ofNanos(System.nanoTime() - begin);
        long timedOut = records().jobs(JobIntent.TIMED_OUT) - timedOutBefore;
        int pending = platform.context().getBean(CaseRepository.class).pendingStart(10_000).size();

        say("");
        say("burst of " + options.submissions() + " meldingen" + (options.seed() > 0 ? " on top of " + options.seed() + " open cases" : ""));
        say(String.format(Locale.ROOT, "  accepted/s:                          %.1f", burst.acceptedPerSecond()));
        if (withTask == burst.accepted().size()) {
            say(String.format(Locale.ROOT, "  every first task in the inbox after: %.1f s (from the first submission)", seconds(untilAll)));
        } else {
            say(String.format(Locale.ROOT, "  first task in the inbox:             %d of %d cases after %.1f s (gave up waiting)",
                    withTask, burst.accepted().size(), seconds(untilAll)));
        }
        say("  jobs timed out:                      " + timedOut);
        say("  cases still waiting for their start: " + pending);
        return withTask == burst.accepted().size();
    }

    /** @return how many of the cases have their first task in the inbox */
    private int waitForFirstTasks(List<String> caseIds, long since, Duration maxWait) {
        Set<String> waiting = new HashSet<>(caseIds);
        long end = System.nanoTime() + maxWait.toNanos();
        long lastReport = System.nanoTime();
        while (!waiting.isEmpty() && System.nanoTime() < end) {
            for (UserTaskRecord task : tasks.openForGroup(FIRST_TASK_GROUP)) {
                waiting.remove(task.caseId());
            }
            if (System.nanoTime() - lastReport > Duration.ofSeconds(15).toNanos()) {
                say(String.format(Locale.ROOT, "  ... %d of %d cases have their first task (%.0f s)",
                        caseIds.size() - waiting.size(), caseIds.size(), seconds(Duration.ofNanos(System.nanoTime() - since))));
                lastReport = System.nanoTime();
            }
            if (!waiting.isEmpty()) {
                sleep(POLL);
            }
        }
        return caseIds.size() - waiting.size();
    }

    private EngineRecords records() {
        return new EngineRecords(platform.services().zeebe().engine());
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
