package org.cultivar.registry.importer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.cultivar.core.api.security.Actor;
import org.cultivar.core.api.security.RegionCode;
import org.cultivar.core.api.security.Role;
import org.cultivar.registry.api.ReevaluationWorklist;
import org.cultivar.registry.api.RegistryEditor;
import org.cultivar.registry.api.TitleDecision;

/**
 * Re-evaluation decisions on part of the demo registry, taken through the registry's own
 * editor, so that the demo shows what auditors look for: titles renewed although criteria
 * failed (criteria exceptions with a written justification, and the red flag they raise) beside
 * titles renewed on their merits and titles let expire.
 */
final class DemoDecisions {

    /** Decisions need an official; the demo's is named as such in every record it leaves. */
    static final Actor DEMO_OFFICIAL = new Actor("demo-seeding", "演示数据 Demo seeding", Set.of(Role.OFFICIAL),
            RegionCode.NATIONAL);

    private static final int DECISIONS = 60;

    private final ReevaluationWorklist worklist;
    private final RegistryEditor editor;

    DemoDecisions(ReevaluationWorklist worklist, RegistryEditor editor) {
        this.worklist = worklist;
        this.editor = editor;
    }

    /** Decides on every other due title of Guangdong, in worklist order (deterministic); returns how many. */
    int decide() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<ReevaluationWorklist.Item> due = worklist.items(DEMO_OFFICIAL, 180, RegionCode.of("440000"), 0, DECISIONS * 2);
        int decided = 0;
        for (int i = 0; i < due.size(); i += 2) {
            ReevaluationWorklist.Item item = due.get(i);
            boolean passed = item.evaluation() != null && item.evaluation().passed();
            TitleDecision decision;
            if (passed) {
                decision = decision(item, TitleDecision.Kind.RENEW, today, "演示：复核通过，续期三年", null);
            } else if (decided % 3 == 2) {
                decision = decision(item, TitleDecision.Kind.EXPIRE, today, "演示：复核未通过，不予续期", null);
            } else {
                decision = decision(item, TitleDecision.Kind.RENEW, today, "演示：复核续期",
                        "演示：企业承诺整改，经现场核查后例外续期");
            }
            editor.decide(DEMO_OFFICIAL, decision);
            decided++;
        }
        return decided;
    }

    private static TitleDecision decision(ReevaluationWorklist.Item item, TitleDecision.Kind kind, LocalDate day,
                                          String reason, String justification) {
        String ruleSet = item.evaluation() == null ? null : item.evaluation().ruleSetId();
        return new TitleDecision(item.title().id(), kind, day, reason, null, ruleSet, justification);
    }
}
