package nl.toegang.core.clock;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.toegang.core.web.Dates;
import nl.toegang.core.web.Wording;
import nl.toegang.forms.Language;

/** A day written out in the reader's language ("13 juli 2026"), for texts written later, such as a refusal. */
public record DayInWords(LocalDate day) implements Wording.InLanguage {

    @Override
    public String in(Language language) {
        return DateTimeFormatter.ofPattern(Dates.IN_WORDS, language.locale()).format(day);
    }
}
