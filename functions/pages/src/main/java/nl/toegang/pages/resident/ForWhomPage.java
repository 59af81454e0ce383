package nl.toegang.pages.resident;

import nl.toegang.pages.components.ErrorSummary;
import nl.toegang.pages.forms.FormFieldView;

/**
 * "Voor wie?": someone who may act for others chooses whom a form is for, before the form.
 *
 * @param errorSummary null when nothing is wrong yet
 */
public record ForWhomPage(String intro, String action, ErrorSummary errorSummary, FormFieldView choice, String next) {}
