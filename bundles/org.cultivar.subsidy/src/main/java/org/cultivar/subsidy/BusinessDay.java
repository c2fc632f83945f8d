package org.cultivar.subsidy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Payment days and fiscal years are business dates in China, whatever the server's time zone. */
final class BusinessDay {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessDay() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
