package nl.toegang.resident;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import nl.toegang.core.letters.LetterMarkdown;
import nl.toegang.core.theme.Municipality;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.PageContext;
import nl.toegang.pages.components.DescriptionItem;
import nl.toegang.pages.resident.ResidentCase;

/** A letter of a case as the resident's page shows it: a heading as on paper, then the text. */
@Singleton
public class ResidentLetters {

    private final Municipality municipality;

    public ResidentLetters(Municipality municipality) {
        this.municipality = municipality;
    }

    /** @param number the letter's place among the case's letters, from 1: it names the letter's anchor on the page */
    public ResidentCase.Letter page(PageContext ctx, String caseId, ResidentCaseView.Letter letter, int number) {
        List<DescriptionItem> heading = new ArrayList<>();
        heading.add(new DescriptionItem(ctx.t("letter.date"), Dates.date(ctx, letter.sentAt())));
        heading.add(new DescriptionItem(ctx.t("letter.reference"), caseId));
        heading.add(new DescriptionItem(ctx.t("letter.sender"), municipality.name()));
        letter.details().forEach(d -> heading.add(new DescriptionItem(d.label(), d.value())));
        if (letter.copyTo() != null && !letter.copyTo().isBlank()) {
            heading.add(new DescriptionItem(ctx.t("letter.copyTo"), letter.copyTo()));
        }
        return new ResidentCase.Letter("brief-" + number, letter.subject(), heading,
                LetterMarkdown.forPage(letter.text()).body(), ResidentLetterPdfs.pageUrl(caseId, number));
    }

    public List<ResidentCase.Letter> pages(PageContext ctx, String caseId, List<ResidentCaseView.Letter> letters) {
        List<ResidentCase.Letter> shown = new ArrayList<>();
        for (int i = 0; i < letters.size(); i++) {
            shown.add(page(ctx, caseId, letters.get(i), i + 1));
        }
        return shown;
    }
}
