package nl.toegang.core.definitions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toegang.core.web.Wording;
import nl.toegang.forms.FormComponent;
import nl.toegang.forms.FormDefinition;
import nl.toegang.forms.FormDefinitionException;

/**
 * Checks letter templates against the processes that send them (docs/adr letter templates): every
 * {@code ${...}} a letter uses must be a value those processes have, and every template a model
 * sends must exist in Dutch and English. A refused letter would otherwise go out with a blank.
 *
 * <p>A placeholder exists when it is a {@link #SYSTEM system value}, or when every process whose
 * {@code toegang.letter} task names the template has it: a field of a form its user tasks link, a
 * variable it sets (ioMapping, DMN or script result), or {@code melding.<field>} with a field every
 * intake form that starts it has. A template no process sends yet may only use system values.
 */
final class LetterCheck {

    /** The languages every letter is written in (the worker writes both). */
    static final List<String> LANGUAGES = List.of("nl", "en");

    /**
     * Values every letter may use: the start variables every route has (issue 7 contract) and the
     * decision in words that the letter job writes itself.
     */
    static final Set<String> SYSTEM = Set.of("caseId", "wet", "meldingOntvangen", "deelVan", "vraag",
            "besluitTekst", "besluitTekstEn");

    static final String MELDING = "melding";

    /** The same syntax the worker fills (Placeholders): a path of names, nothing else. */
    private static final Pattern ANY_PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern PATH = Pattern.compile("\\s*([A-Za-z_][\\w-]*(?:\\.[A-Za-z_][\\w-]*)*)\\s*");
    static final Pattern FILE_NAME = Pattern.compile("([a-z0-9][a-z0-9-]*)\\.(nl|en)\\.md");

    /** A process as it will be after the upload: its check result. */
    record Process(String fileName, ModelCheck.Result model) {}

    private final Map<String, Set<String>> intakeFormsByMessage;
    private final Function<String, Optional<FormDefinition>> forms;
    private final Function<String, Optional<String>> deployedLetters;

    /**
     * @param intakeFormsByMessage start message name to the intake form ids that send it
     * @param forms a form by id, uploaded or deployed
     * @param deployedLetters the content of the newest deployed letter, by id ({@code template.lang})
     */
    LetterCheck(Map<String, Set<String>> intakeFormsByMessage, Function<String, Optional<FormDefinition>> forms,
            Function<String, Optional<String>> deployedLetters) {
        this.intakeFormsByMessage = intakeFormsByMessage;
        this.forms = forms;
        this.deployedLetters = deployedLetters;
    }

    /**
     * @param letters the uploaded letters by file name
     * @param uploadedModels the models in the upload
     * @param processes every process after the upload: uploaded ones replace deployed ones
     */
    Map<String, List<Wording>> check(Map<String, String> letters, List<Process> uploadedModels, Collection<Process> processes) {
        Map<String, List<Wording>> problems = new LinkedHashMap<>();
        Map<String, String> uploadedById = new HashMap<>();
        for (var letter : letters.entrySet()) {
            Matcher name = FILE_NAME.matcher(letter.getKey());
            if (!name.matches()) {
                add(problems, letter.getKey(), Wording.of("problem.deploy.letterName", letter.getKey()));
            } else {
                uploadedById.put(name.group(1) + "." + name.group(2), letter.getKey());
            }
        }
        Set<String> templates = new TreeSet<>();
        uploadedById.keySet().forEach(id -> templates.add(id.substring(0, id.lastIndexOf('.'))));
        uploadedModels.forEach(p -> templates.addAll(p.model().letterTemplates()));

        for (String template : templates) {
            List<Process> senders = processes.stream().filter(p -> p.model().letterTemplates().contains(template)).toList();
            for (String language : LANGUAGES) {
                String id = template + "." + language;
                String fileName = uploadedById.get(id);
                String text = fileName != null ? letters.get(fileName) : deployedLetters.apply(id).orElse(null);
                if (text == null) {
                    if (!senders.isEmpty()) {
                        String by = senders.stream().map(Process::fileName).distinct().sorted().reduce((a, b) -> a + ", " + b).orElseThrow();
                        add(problems, by, Wording.of("problem.deploy.letterMissing", by, template, id + ".md"));
                    }
                    continue;
                }
                String shownName = fileName != null ? fileName : id + ".md";
                checkPlaceholders(problems, shownName, text, senders, processes);
            }
        }
        return problems;
    }

    private void checkPlaceholders(Map<String, List<Wording>> problems, String fileName, String text, List<Process> senders,
            Collection<Process> all) {
        List<Set<String>> knownPerSender = senders.stream().map(sender -> known(sender, all, new HashSet<>())).toList();
        Set<String> reported = new HashSet<>();
        Matcher m = ANY_PLACEHOLDER.matcher(text);
        while (m.find()) {
            Matcher path = PATH.matcher(m.group(1));
            if (!path.matches()) {
                if (reported.add(m.group())) {
                    add(problems, fileName, Wording.of("problem.deploy.placeholderSyntax", fileName, m.group(), "${caseId}"));
                }
                continue;
            }
            String placeholder = path.group(1);
            if (!exists(placeholder, knownPerSender) && reported.add(placeholder)) {
                String processes = senders.isEmpty() ? null
                        : senders.stream().map(p -> String.join(", ", p.model().processIds())).distinct().sorted()
                                .reduce((a, b) -> a + ", " + b).orElseThrow();
                String shown = "${" + placeholder + "}";
                add(problems, fileName, processes == null
                        ? Wording.of("problem.deploy.placeholderNoSender", fileName, shown, String.join(", ", new TreeSet<>(SYSTEM)))
                        : Wording.of("problem.deploy.unknownPlaceholder", fileName, shown, processes));
            }
        }
    }

    private static boolean exists(String placeholder, List<Set<String>> knownPerSender) {
        if (SYSTEM.contains(placeholder)) {
            return true;
        }
        if (knownPerSender.isEmpty()) {
            return false;
        }
        for (Set<String> known : knownPerSender) {
            boolean here = placeholder.startsWith(MELDING + ".")
                    ? known.contains(placeholder)
                    : known.contains(placeholder) || known.contains(placeholder.split("\\.")[0]);
            if (!here) {
                return false;
            }
        }
        return true;
    }

    /**
     * The names one process has: its own, and those every process that calls it (a call activity)
     * has, since a called process gets its caller's variables.
     */
    private Set<String> known(Process process, Collection<Process> all, Set<String> seen) {
        Set<String> known = own(process);
        seen.addAll(process.model().processIds());
        Set<String> fromCallers = null;
        for (Process caller : all) {
            boolean calls = caller.model().calledProcesses().stream().anyMatch(process.model().processIds()::contains);
            if (!calls || caller.model().processIds().stream().anyMatch(seen::contains)) {
                continue;
            }
            Set<String> callerKnows = known(caller, all, new HashSet<>(seen));
            if (fromCallers == null) {
                fromCallers = new HashSet<>(callerKnows);
            } else {
                fromCallers.retainAll(callerKnows);
            }
        }
        if (fromCallers != null) {
            known.addAll(fromCallers);
        }
        return known;
    }

    /** The names a process has itself: its variables, its task forms' fields, its intake forms' fields as melding.x. */
    private Set<String> own(Process process) {
        Set<String> known = new HashSet<>(process.model().variables());
        for (String formId : process.model().linkedFormIds()) {
            forms.apply(formId).ifPresent(form -> form.fields().stream().map(FormComponent::key).forEach(known::add));
        }
        Set<String> meldingFields = null;
        for (String message : process.model().messages()) {
            for (String formId : intakeFormsByMessage.getOrDefault(message, Set.of())) {
                Set<String> fields = new LinkedHashSet<>();
                forms.apply(formId).ifPresent(form -> form.fields().stream().map(FormComponent::key).forEach(fields::add));
                if (meldingFields == null) {
                    meldingFields = fields;
                } else {
                    meldingFields.retainAll(fields);
                }
            }
        }
        if (meldingFields != null) {
            meldingFields.forEach(field -> known.add(MELDING + "." + field));
        }
        return known;
    }

    /** A form file's definition, or empty when it does not parse (the form check says why). */
    static Optional<FormDefinition> parse(String json) {
        try {
            return Optional.of(FormDefinition.parse(json));
        } catch (FormDefinitionException refusedElsewhere) {
            return Optional.empty();
        }
    }

    private static void add(Map<String, List<Wording>> problems, String file, Wording problem) {
        problems.computeIfAbsent(file, f -> new ArrayList<>()).add(problem);
    }
}
