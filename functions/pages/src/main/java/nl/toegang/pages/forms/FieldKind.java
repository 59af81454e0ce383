package nl.toegang.pages.forms;

/** Which template shows a form component: one kind per template in components/field. */
public enum FieldKind {
    TEXTFIELD, TEXTAREA, NUMBER, DATE, SELECT, RADIO, CHECKLIST, CHECKBOX, GROUP, TEXT, SEPARATOR
}
