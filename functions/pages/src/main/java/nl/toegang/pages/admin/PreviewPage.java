package nl.toegang.pages.admin;

import java.util.List;
import nl.toegang.pages.forms.FormFieldView;

/**
 * A form as the people who fill it in will see it, without a way to send it.
 *
 * @param fields the form's fields from the renderer residents get (toegang-forms)
 */
public record PreviewPage(String notice, List<FormFieldView> fields, Link back) {}
