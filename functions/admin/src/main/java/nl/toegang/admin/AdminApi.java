package nl.toegang.admin;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.toegang.auth.Principal;
import nl.toegang.core.definitions.DefinitionKind;
import nl.toegang.core.definitions.DefinitionRepository;
import nl.toegang.core.definitions.DeployedDefinition;
import nl.toegang.core.definitions.DeploymentService;
import nl.toegang.core.definitions.Readability;
import nl.toegang.core.web.ProblemException;
import nl.toegang.core.definitions.DeploymentFile;
import nl.toegang.core.web.MultipartBody;
import nl.toegang.core.web.RawBody;

/** The administrator's JSON API: deployed versions, and deploying new ones. */
@Controller("/api/definitions")
@SecurityRequirement(name = "bearer")
@Tag(name = "Administrators")
public class AdminApi {

    static final String ADMIN_ROLE = "admin";

    private final DeploymentService deployments;
    private final DefinitionRepository definitions;

    public AdminApi(DeploymentService deployments, DefinitionRepository definitions) {
        this.deployments = deployments;
        this.definitions = definitions;
    }

    /**
     * @param readability for a Dutch letter, how easy it is to read (advice, not a refusal); null otherwise
     */
    @Introspected
    public record Version(String kind, String id, int version, String definitionKey, String resourceName, String deployedBy,
            Instant deployedAt, Integer restoredFrom, ReadabilityReport readability) {
        static Version of(DeployedDefinition d) {
            return new Version(d.kind().name().toLowerCase(), d.id(), d.version(), d.definitionKey(), d.resourceName(),
                    d.deployedBy(), d.deployedAt(), d.restoredFrom(), ReadabilityViews.of(d).map(ReadabilityReport::of).orElse(null));
        }
    }

    /**
     * The Flesch-Douma report of a Dutch letter (docs/adr letter templates).
     *
     * @param longWordShare share of words of more than six letters, 0 to 1
     * @param reachesA2 at least the A2 score and at most the A2 average sentence length
     * @param longSentences the sentences of more than 15 words, to be split
     */
    @Introspected
    public record ReadabilityReport(int sentences, int words, double wordsPerSentence, int longestSentence,
            double lettersPerWord, double longWordShare, double syllablesPerWord, double fleschDouma, boolean reachesA2,
            List<String> longSentences) {
        static ReadabilityReport of(Readability r) {
            return new ReadabilityReport(r.sentences(), r.words(), r.wordsPerSentence(), r.longestSentence(), r.lettersPerWord(),
                    r.longWordShare(), r.syllablesPerWord(), r.fleschDouma(), r.reachesA2(), r.longSentences());
        }
    }

    @Operation(summary = "Every deployed version of every process, decision table and form")
    @Get
    public List<Version> list(@Parameter(hidden = true) Principal principal) {
        principal.require(ADMIN_ROLE);
        return definitions.listAll().stream().map(Version::of).toList();
    }

    @Operation(summary = "Every version of one process, decision table or form, newest first; the first is the one new cases use")
    @Get("/{kind}/{id}")
    public List<Version> versions(@Parameter(description = "process, decision, form or letter") String kind, String id,
            @Parameter(hidden = true) Principal principal) {
        principal.require(ADMIN_ROLE);
        List<Version> versions = definitions.versions(kind(kind, id), id).stream().map(Version::of).toList();
        if (versions.isEmpty()) {
            throw ProblemException.notFound("definition.unknown", id);
        }
        return versions;
    }

    @Operation(summary = "Take an earlier version back into use: its content is checked and deployed again as a new version. "
            + "Answers with the version new cases use now.")
    @Post("/{kind}/{id}/versions/{version}/restore")
    public HttpResponse<Version> restore(@Parameter(description = "process, decision, form or letter") String kind, String id,
            int version, @Parameter(hidden = true) Principal principal) {
        principal.require(ADMIN_ROLE);
        return HttpResponse.created(Version.of(deployments.restore(kind(kind, id), id, version, principal.subject())));
    }

    private static DefinitionKind kind(String kind, String id) {
        return Arrays.stream(DefinitionKind.values()).filter(k -> k.name().equalsIgnoreCase(kind)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("definition.unknown", id));
    }

    @Operation(summary = "Check and deploy .bpmn, .dmn, .form and letter (<template>.<nl|en>.md) files "
            + "(multipart/form-data, field 'files'). Nothing is deployed unless every file passes. A Dutch letter's "
            + "version carries its readability report.")
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<List<Version>> deploy(@Header("Content-Type") String contentType, HttpRequest<?> request,
            @Parameter(hidden = true) Principal principal) {
        principal.require(ADMIN_ROLE);
        var deployed = deployments.deploy(MultipartBody.parse(contentType, RawBody.bytes(request)).files().stream()
                    .map(f -> new DeploymentFile(f.fileName(), f.content())).toList(), principal.subject());
        return HttpResponse.created(deployed.stream().map(Version::of).toList());
    }
}
