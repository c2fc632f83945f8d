package org.cultivar.reports;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cultivar.core.api.money.Money;
import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.Role;
import org.cultivar.reports.api.ReportArguments;
import org.cultivar.reports.api.ReportDescriptor;

/**
 * A notice-like report with a template in the test resources: proves that a report is added
 * with a definition and a template only, and that amounts print in capital numerals.
 */
final class TestDisbursementNotice implements ReportDefinition {

    static final String ID = "test-disbursement-notice";

    private final String enterpriseName;
    private final Money amount;

    TestDisbursementNotice(String enterpriseName, Money amount) {
        this.enterpriseName = enterpriseName;
        this.amount = amount;
    }

    @Override
    public ReportDescriptor descriptor() {
        return new ReportDescriptor(ID, "拨付通知书（测试）", "Disbursement notice (test)", List.of());
    }

    @Override
    public Set<Role> runBy() {
        return EnumSet.of(Role.AUDITOR, Role.CLERK);
    }

    @Override
    public ReportData collect(Actor actor, ReportArguments arguments) {
        return new ReportData(Map.of("enterpriseName", enterpriseName, "creditCode", Enterprises.TIANHE_CODE.value(),
                "amount", amount), List.of(), List.of());
    }
}
