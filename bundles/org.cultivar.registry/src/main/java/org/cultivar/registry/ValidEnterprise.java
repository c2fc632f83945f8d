package org.cultivar.registry;

import java.util.Objects;

import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.Enterprise;
import org.cultivar.registry.api.Sector;

/** An enterprise input that passed every check, ready to store. */
record ValidEnterprise(CreditCode creditCode, String overrideReason, String nameZh, String nameEn, RegionCode region,
                       Sector sector, String parentGroup) {

    Enterprise toEnterprise(boolean demo) {
        return new Enterprise(creditCode, nameZh, nameEn, region, sector, parentGroup, demo);
    }

    /** Whether storing this would change what the registry holds (the credit code identifies). */
    boolean differsFrom(Enterprise stored) {
        return !(nameZh.equals(stored.nameZh()) && Objects.equals(nameEn, stored.nameEn())
                && region.equals(stored.region()) && sector == stored.sector()
                && Objects.equals(parentGroup, stored.parentGroup()));
    }
}
