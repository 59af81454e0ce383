package nl.toegang.caseworker;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code toegang.werkbak.*}: from how many days before its due date a task is shown as nearly due. */
@ConfigurationProperties("toegang.werkbak")
public class WerkbakSettings {

    private int warnDays = 3;

    public int getWarnDays() {
        return warnDays;
    }

    public void setWarnDays(int warnDays) {
        this.warnDays = warnDays;
    }
}
