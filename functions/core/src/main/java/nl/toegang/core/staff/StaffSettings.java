package nl.toegang.core.staff;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** {@code toegang.staff.*}: how long the staff directory remembers someone who no longer signs in. */
@ConfigurationProperties("toegang.staff")
public class StaffSettings {

    private Duration forgetAfter = Duration.ofDays(90);

    public Duration getForgetAfter() {
        return forgetAfter;
    }

    public void setForgetAfter(Duration forgetAfter) {
        this.forgetAfter = forgetAfter;
    }
}
