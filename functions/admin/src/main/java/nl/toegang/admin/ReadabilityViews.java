package nl.toegang.admin;

import java.util.List;
import java.util.Optional;
import nl.toegang.core.definitions.DefinitionKind;
import nl.toegang.core.definitions.DeployedDefinition;
import nl.toegang.core.definitions.Readability;
import nl.toegang.core.web.PageContext;
import nl.toegang.pages.admin.ReadabilityView;
import nl.toegang.pages.components.DescriptionItem;

/** The readability report of the Dutch letters just deployed, in the administrator's words. */
final class ReadabilityViews {

    /** The measure is for Dutch; the English letters have no report. */
    static final String MEASURED_LANGUAGE = ".nl";

    private ReadabilityViews() {}

    static Optional<Readability> of(DeployedDefinition d) {
        return d.kind() == DefinitionKind.LETTER && d.id().endsWith(MEASURED_LANGUAGE)
                ? Optional.of(Readability.of(d.content())) : Optional.empty();
    }

    static List<ReadabilityView> views(PageContext ctx, List<DeployedDefinition> deployed) {
        return deployed.stream().flatMap(d -> of(d).map(r -> view(ctx, d.id(), r)).stream()).toList();
    }

    private static ReadabilityView view(PageContext ctx, String id, Readability r) {
        List<DescriptionItem> figures = List.of(
                new DescriptionItem(ctx.t("admin.readability.score"),
                        ctx.t("admin.readability.score.value", r.fleschDouma(), Readability.A2_MINIMUM_SCORE)),
                new DescriptionItem(ctx.t("admin.readability.sentences"), Integer.toString(r.sentences())),
                new DescriptionItem(ctx.t("admin.readability.wordsPerSentence"),
                        ctx.t("admin.readability.wordsPerSentence.value", r.wordsPerSentence(),
                                Readability.A2_MAXIMUM_WORDS_PER_SENTENCE)),
                new DescriptionItem(ctx.t("admin.readability.longest"),
                        ctx.t("admin.readability.longest.value", r.longestSentence())),
                new DescriptionItem(ctx.t("admin.readability.wordLength"),
                        ctx.t("admin.readability.wordLength.value", r.lettersPerWord())),
                new DescriptionItem(ctx.t("admin.readability.longWords", Readability.LONG_WORD_LETTERS),
                        ctx.t("admin.readability.longWords.value", 100 * r.longWordShare())));
        return new ReadabilityView(ctx.t("admin.readability.title", id), figures, r.reachesA2(),
                ctx.t(r.reachesA2() ? "admin.readability.reachesA2" : "admin.readability.notA2"),
                r.longSentences().isEmpty() ? null : ctx.t("admin.readability.longSentences", Readability.LONG_SENTENCE_WORDS),
                r.longSentences());
    }
}
