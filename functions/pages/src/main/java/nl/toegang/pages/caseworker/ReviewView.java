package nl.toegang.pages.caseworker;

import java.util.List;

/**
 * What the approver of a beschikking approves, shown above their form: the draft and the verslag it rests on.
 *
 * @param draft null when no draft was found (the model changed)
 */
public record ReviewView(DossierPart draft, List<DossierPart> verslag) {

    public ReviewView {
        verslag = List.copyOf(verslag);
    }
}
