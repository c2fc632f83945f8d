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
            return Points.partly(classOne, top, "IP grade (high-value or self-developed Class I)");
        }
        if (second.held() && second.value() > 0) {
            return first.held() ? Points.held(classTwo) : Points.partly(classTwo, top, "Class I IP: " + first.missing());
        }
        if (first.held() && second.held()) {
            return Points.held(0);
        }
        return Points.notHeld("IP: " + (first.held() ? second.missing() : first.missing()), first.held() ? classTwo : top);
    }
}
