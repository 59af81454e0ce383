package nl.toegang.pages.admin;

/**
 * A form as the people who fill it in will see it, without a way to send it.
 *
 * @param fieldsHtml the form's fields from the renderer residents get (toegang-forms), already escaped there
 */
public record PreviewPage(String notice, String fieldsHtml, Link back) {}
