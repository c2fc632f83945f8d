package org.cultivar.registry.criteria;

import org.cultivar.registry.api.YearlyFigures;

/**
 * IP points of a scoring table. The figures count Class I and Class II items but not whether a
 * Class I item is high-value or self-developed, so Class I scores its lowest grade for certain
 * and the top grade at most.
 */
final class IpPoints {

    private IpPoints() {
    }

    static Points of(FigureHistory figures, int classOne, int top, int classTwo) {
        Measure<Integer> first = figures.latest("Class I IP", YearlyFigures::classOneIp);
        Measure<Integer> second = figures.latest("Class II IP", YearlyFigures::otherIp);
        if (first.held() && first.value() > 0) {
            return Points.partly(classOne, top, new Text("IP grade (high-value or self-developed Class I)", "知识产权等级（高价值或自主研发Ⅰ类）"));
        }
        if (second.held() && second.value() > 0) {
            return first.held() ? Points.held(classTwo)
                    : Points.partly(classTwo, top, new Text("Class I IP: ", "Ⅰ类知识产权：").then(first.why()));
        }
        if (first.held() && second.held()) {
            return Points.held(0);
        }
        return Points.notHeld(new Text("IP: ", "知识产权：").then(first.held() ? second.why() : first.why()), first.held() ? classTwo : top);
    }
}
