package nl.toegang.forms;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;
import nl.toegang.pages.forms.AnswerView;
import nl.toegang.pages.forms.FormFieldView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The view models shown by toegang-pages' precompiled templates, read the way a browser would. */
final class Rendered {

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private Rendered() {
    }

    static Document fields(List<FormFieldView> fields) {
        return Jsoup.parseBodyFragment(render("components/formFields.jte", Map.of("fields", fields)));
    }

    static String answers(List<AnswerView> answers) {
        return render("components/answers.jte", Map.of("answers", answers));
    }

    private static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        TEMPLATES.render(template, params, out);
        return out.toString();
    }
}
