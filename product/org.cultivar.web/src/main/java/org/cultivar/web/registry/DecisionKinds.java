package org.cultivar.web.registry;

import java.util.Arrays;
import java.util.List;
import org.cultivar.registry.api.Tier;
import org.cultivar.registry.api.Title;
import org.cultivar.registry.api.TitleDecision;

/** The decisions a title's status allows (its lifecycle), and the tiers a promotion or demotion may lead to. */
final class DecisionKinds {

    private DecisionKinds() {
    }

    static List<TitleDecision.Kind> allowed(Title title) {
        return Arrays.stream(TitleDecision.Kind.values()).filter(kind -> title.status().canMoveTo(kind.result()))
                .filter(kind -> !newTiers(title.tier(), kind).isEmpty() || !needsNewTier(kind)).toList();
    }

    static boolean open(Title title) {
        return !allowed(title).isEmpty();
    }

    static boolean needsNewTier(TitleDecision.Kind kind) {
        return kind == TitleDecision.Kind.PROMOTE || kind == TitleDecision.Kind.DEMOTE;
    }

    static List<Tier> newTiers(Tier current, TitleDecision.Kind kind) {
        return Arrays.stream(Tier.values()).filter(tier -> kind == TitleDecision.Kind.PROMOTE
                ? tier.ordinal() > current.ordinal() : kind == TitleDecision.Kind.DEMOTE && tier.ordinal() < current.ordinal()).toList();
    }
}
