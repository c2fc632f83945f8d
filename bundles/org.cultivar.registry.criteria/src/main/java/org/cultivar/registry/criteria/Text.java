package org.cultivar.registry.criteria;

/**
 * A value, threshold or note as a clerk reads it, in English and in Chinese ("471 employees" /
 * "471人"). Numbers, percentages and comparisons read the same in both ({@link #same}); a Chinese
 * wording of {@code null} means none was written and the English one stands.
 */
record Text(String en, String zh) {

    static Text same(String both) {
        return new Text(both, both);
    }

    /** English only: the reader of Chinese sees the English wording. */
    static Text english(String en) {
        return new Text(en, null);
    }

    Text then(Text next) {
        return new Text(en + next.en, zh == null || next.zh == null ? null : zh + next.zh);
    }

    Text then(String nextEn, String nextZh) {
        return then(new Text(nextEn, nextZh));
    }

    /** The texts one after another, each language with its own separator; no Chinese if one lacks it. */
    static Text joined(java.util.List<Text> texts, String separatorEn, String separatorZh) {
        boolean allChinese = texts.stream().allMatch(text -> text.zh() != null);
        return new Text(String.join(separatorEn, texts.stream().map(Text::en).toList()),
                allChinese ? String.join(separatorZh, texts.stream().map(Text::zh).toList()) : null);
    }

    Text then(String both) {
        return then(same(both));
    }
}
