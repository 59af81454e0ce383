package nl.toegang.core.definitions;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.response.DeploymentEvent;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.toegang.core.cases.IntakeForm;
import nl.toegang.core.engine.EngineErrors;
import nl.toegang.core.web.OfferedLanguages;
import nl.toegang.core.web.ProblemException;
import nl.toegang.core.web.Wording;
import nl.toegang.forms.FormDefinition;
import nl.toegang.forms.FormDefinitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks and deploys models, forms and letter templates. Nothing reaches the engine or the
 * definitions table unless every file passes; a refused upload changes nothing. Models, tables and
 * forms go to the engine, which numbers their versions; letter templates are not the engine's and
 * are numbered by {@link LetterVersions}.
 */
@Singleton
public class DeploymentService {

    private static final Logger LOG = LoggerFactory.getLogger(DeploymentService.class);

    /** DynamoDB items hold at most 400 KB; the definition is stored with its content. */
    static final int MAX_FILE_BYTES = 350_000;

    private final CamundaClient camunda;
    private final DefinitionRepository definitions;
    private final OfferedLanguages languages;
    private final LetterVersions letters;
    private final Map<String, Set<String>> intakeFormsByMessage = new HashMap<>();

    public DeploymentService(CamundaClient camunda, DefinitionRepository definitions, OfferedLanguages languages,
            LetterVersions letters, List<IntakeForm> intakeForms) {
        this.camunda = camunda;
        this.definitions = definitions;
        this.languages = languages;
        this.letters = letters;
        intakeForms.forEach(f -> intakeFormsByMessage.computeIfAbsent(f.getStartMessage(), m -> new HashSet<>()).add(f.getFormId()));
    }

    /**
     * The texts of the forms among {@code files} that residents of an offered language would read
     * in Dutch, per form and language; empty when every form is translated. Not a reason to refuse:
     * the form works, with Dutch where a translation is missing.
     */
    public List<UntranslatedTexts> untranslated(List<DeploymentFile> files) {
        List<UntranslatedTexts> report = new ArrayList<>();
        for (DeploymentFile file : files) {
            if (DefinitionKind.forFileName(file.name()).filter(kind -> kind == DefinitionKind.FORM).isEmpty()) {
                continue;
            }
            try {
                report.addAll(UntranslatedTexts.of(FormDefinition.parse(file.text()), languages.translations()));
            } catch (FormDefinitionException refusedElsewhere) {
                // check() refuses the upload with the reason; there is nothing to translate.
            }
        }
        return report;
    }

    public List<DeployedDefinition> deploy(List<DeploymentFile> files, String deployedBy) {
        refuseUnlessChecked(files);
        return deployChecked(files, deployedBy, d -> d);
    }

    /**
     * Takes an earlier version back into use: its stored content is deployed again, through the same
     * checks as an upload, and becomes a new version that new cases use. When two administrators do
     * this at the same moment the engine numbers their deployments one after the other, and a second
     * deployment of the content that is already current gets no new number.
     *
     * @return the version that is now current, as recorded first
     */
    public DeployedDefinition restore(DefinitionKind kind, String id, int version, String restoredBy) {
        DeployedDefinition earlier = definitions.find(kind, id, version)
                .orElseThrow(() -> ProblemException.notFound("definition.unknownVersion", id, version));
        DeployedDefinition current = definitions.latest(kind, id).orElseThrow();
        if (current.version() == version) {
            throw ProblemException.conflict("definition.alreadyCurrent", id, version);
        }
        if (current.content().equals(earlier.content())) {
            throw ProblemException.conflict("definition.sameAsCurrent", id, version);
        }
        List<DeploymentFile> files = List.of(new DeploymentFile(earlier.resourceName(),
                earlier.content().getBytes(StandardCharsets.UTF_8)));
        refuseUnlessChecked(files);
        List<DeployedDefinition> deployed = deployChecked(files, restoredBy,
                d -> d.kind() == kind && d.id().equals(id) ? d.restoredFrom(version) : d);
        int now = deployed.stream().filter(d -> d.kind() == kind && d.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException(earlier.resourceName() + " no longer holds " + id))
                .version();
        return definitions.find(kind, id, now).orElseThrow();
    }

    private void refuseUnlessChecked(List<DeploymentFile> files) {
        Map<String, List<Wording>> problems = check(files);
        if (!problems.isEmpty()) {
            throw ProblemException.refused(problems, "deploy.refused",
                    problems.values().stream().flatMap(List::stream).toList());
        }
    }

    /** The engine's files first: if the engine refuses them, no letter has changed either. */
    private List<DeployedDefinition> deployChecked(List<DeploymentFile> files, String by,
            UnaryOperator<DeployedDefinition> marking) {
        List<DeploymentFile> engineFiles = files.stream().filter(f -> !isLetter(f)).toList();
        List<DeployedDefinition> deployed = new ArrayList<>();
        if (!engineFiles.isEmpty()) {
            deployed.addAll(record(sendToEngine(engineFiles), engineFiles, by, marking));
        }
        Instant now = Instant.now();
        for (DeploymentFile letter : files.stream().filter(DeploymentService::isLetter).toList()) {
            deployed.add(letters.record(letterId(letter), letter, by, now, marking));
        }
        return deployed;
    }

    private static boolean isLetter(DeploymentFile file) {
        return DefinitionKind.forFileName(file.name()).filter(k -> k == DefinitionKind.LETTER).isPresent();
    }

    private static String letterId(DeploymentFile file) {
        return file.name().substring(0, file.name().length() - DefinitionKind.LETTER.extension().length());
    }

    /** Problems per file name (texts {@code problem.deploy.*}); empty when every file can be deployed. */
    Map<String, List<Wording>> check(List<DeploymentFile> files) {
        Map<String, List<Wording>> problems = new LinkedHashMap<>();
        if (files.isEmpty()) {
            problems.put("files", List.of(Wording.of("problem.deploy.noFiles")));
            return problems;
        }
        Set<String> formIdsInUpload = new HashSet<>();
        Map<String, String> formsInUpload = new HashMap<>();
        Map<String, String> lettersInUpload = new LinkedHashMap<>();
        List<LetterCheck.Process> models = new ArrayList<>();
        for (DeploymentFile file : files) {
            var kind = DefinitionKind.forFileName(file.name());
            if (kind.isEmpty()) {
                problems.put(file.name(), List.of(Wording.of("problem.deploy.wrongFileType", file.name())));
                continue;
            }
            if (file.content().length > MAX_FILE_BYTES) {
                problems.put(file.name(), List.of(Wording.of("problem.deploy.tooLarge", file.name(),
                        Integer.toString(MAX_FILE_BYTES / 1000))));
                continue;
            }
            switch (kind.get()) {
                case FORM -> {
                    try {
                        String formId = FormDefinition.parse(file.text()).id();
                        formIdsInUpload.add(formId);
                        formsInUpload.put(formId, file.text());
                    } catch (FormDefinitionException e) {
                        problems.put(file.name(), List.of(Wording.of("problem.deploy.formInvalid", file.name(),
                                (Wording.InLanguage) e::message)));
                    }
                }
                case PROCESS -> {
                    ModelCheck.Result result = ModelCheck.check(file);
                    if (!result.problems().isEmpty()) {
                        problems.put(file.name(), result.problems());
                    }
                    models.add(new LetterCheck.Process(file.name(), result));
                }
                case DECISION -> { /* the engine parses DMN and says what is wrong */ }
                case LETTER -> lettersInUpload.put(file.name(), file.text());
            }
        }
        for (LetterCheck.Process model : models) {
            for (String formId : model.model().linkedFormIds()) {
                if (!formIdsInUpload.contains(formId) && definitions.latest(DefinitionKind.FORM, formId).isEmpty()) {
                    problems.computeIfAbsent("forms", f -> new ArrayList<>())
                            .add(Wording.of("problem.deploy.linkedFormMissing", formId));
                }
            }
        }
        boolean sendsLetters = models.stream().anyMatch(m -> !m.model().letterTemplates().isEmpty());
        if (!lettersInUpload.isEmpty() || sendsLetters) {
            LetterCheck letterCheck = new LetterCheck(intakeFormsByMessage,
                    formId -> formsInUpload.containsKey(formId) ? LetterCheck.parse(formsInUpload.get(formId))
                            : definitions.latest(DefinitionKind.FORM, formId).flatMap(d -> LetterCheck.parse(d.content())),
                    letterId -> definitions.latest(DefinitionKind.LETTER, letterId).map(DeployedDefinition::content));
            letterCheck.check(lettersInUpload, models, processesAfter(models))
                    .forEach((file, found) -> problems.computeIfAbsent(file, f -> new ArrayList<>()).addAll(found));
        }
        return problems;
    }

    /** Every process as it will be once the upload is in: the newest deployed version, or the uploaded one. */
    private List<LetterCheck.Process> processesAfter(List<LetterCheck.Process> uploaded) {
        Set<String> replaced = new HashSet<>();
        uploaded.forEach(p -> replaced.addAll(p.model().processIds()));
        Map<String, LetterCheck.Process> byResource = new LinkedHashMap<>();
        for (DeployedDefinition d : definitions.listAll()) {
            // listAll is newest version first per definition
            if (d.kind() != DefinitionKind.PROCESS || replaced.contains(d.id()) || !replaced.add(d.id())) {
                continue;
            }
            DeploymentFile file = new DeploymentFile(d.resourceName(), d.content().getBytes(StandardCharsets.UTF_8));
            byResource.put(d.id(), new LetterCheck.Process(d.resourceName(), ModelCheck.check(file)));
        }
        List<LetterCheck.Process> all = new ArrayList<>(byResource.values());
        all.addAll(uploaded);
        return all;
    }

    /**
     * Longer than the engine's usual request timeout: the whole bundle (every model, table and
     * form) sent to an engine that has just started can take more than ten seconds on a busy machine.
     */
    private static final java.time.Duration DEPLOY_TIMEOUT = java.time.Duration.ofSeconds(60);

    private DeploymentEvent sendToEngine(List<DeploymentFile> files) {
        DeployResourceCommandStep1 command = camunda.newDeployResourceCommand();
        DeployResourceCommandStep1.DeployResourceCommandStep2 step = null;
        for (DeploymentFile file : files) {
            step = step == null ? command.addResourceBytes(file.content(), file.name())
                    : step.addResourceBytes(file.content(), file.name());
        }
        try {
            return step.requestTimeout(DEPLOY_TIMEOUT).send().join();
        } catch (RuntimeException e) {
            if (EngineErrors.hasCode(e, io.grpc.Status.Code.INVALID_ARGUMENT)) {
                String reason = EngineErrors.message(e);
                throw ProblemException.invalidInput(Map.of("files", reason), "deploy.engineRefused", reason);
            }
            LOG.warn("Deploying {} file(s) to the engine failed", files.size(), e);
            throw ProblemException.unavailable("engine.unreachable.notDeployed");
        }
    }

    private List<DeployedDefinition> record(DeploymentEvent event, List<DeploymentFile> files, String by,
            UnaryOperator<DeployedDefinition> marking) {
        Map<String, String> content = new HashMap<>();
        files.forEach(f -> content.put(f.name(), f.text()));
        Instant now = Instant.now();
        List<DeployedDefinition> deployed = new ArrayList<>();
        event.getProcesses().forEach(p -> deployed.add(new DeployedDefinition(DefinitionKind.PROCESS, p.getBpmnProcessId(),
                p.getVersion(), Long.toString(p.getProcessDefinitionKey()), p.getResourceName(),
                content.get(p.getResourceName()), by, now)));
        Map<Long, String> drdResource = new HashMap<>();
        event.getDecisionRequirements().forEach(r -> drdResource.put(r.getDecisionRequirementsKey(), r.getResourceName()));
        event.getDecisions().forEach(d -> {
            String resource = drdResource.get(d.getDecisionRequirementsKey());
            deployed.add(new DeployedDefinition(DefinitionKind.DECISION, d.getDmnDecisionId(), d.getVersion(),
                    Long.toString(d.getDecisionKey()), resource, content.get(resource), by, now));
        });
        event.getForm().forEach(f -> deployed.add(new DeployedDefinition(DefinitionKind.FORM, f.getFormId(),
                f.getVersion(), Long.toString(f.getFormKey()), f.getResourceName(),
                content.get(f.getResourceName()), by, now)));
        List<DeployedDefinition> marked = deployed.stream().map(marking).toList();
        marked.forEach(definitions::record);
        return marked;
    }
}
