package org.cultivar.registry;

import java.util.Locale;
import java.util.regex.Pattern;

import org.cultivar.core.api.security.RegionCode;
import org.cultivar.registry.api.CreditCode;
import org.cultivar.registry.api.EnterpriseInput;
import org.cultivar.registry.api.RegionCatalogue;

/** Checks an enterprise as entered, naming each field that is wrong. */
final class EnterpriseValidation {

    static final int NAME_LENGTH = 200;
    static final int REASON_LENGTH = 500;
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private EnterpriseValidation() {
    }

    /** A new enterprise; a code failing its check character needs an override reason. */
    static ValidEnterprise check(EnterpriseInput input) {
        Problems problems = new Problems();
        ValidEnterprise valid = check(input, problems);
        problems.throwIfAny();
        return valid;
    }

    /** A correction of a registered enterprise: the code only identifies it, its override stays as recorded. */
    static ValidEnterprise checkCorrection(EnterpriseInput input) {
        Problems problems = new Problems();
        ValidEnterprise valid = check(input, true, problems);
        problems.throwIfAny();
        return valid;
    }

    /** The valid enterprise, or {@code null} with the problems added. */
    static ValidEnterprise check(EnterpriseInput input, Problems problems) {
        return check(input, false, problems);
    }

    private static ValidEnterprise check(EnterpriseInput input, boolean correction, Problems problems) {
        if (input == null) {
            problems.add("enterprise", "缺少企业信息。", "The enterprise's details are missing.");
            return null;
        }
        String overrideReason = correction ? null
                : problems.text("overrideReason", "校验码例外说明", "Override reason", input.overrideReason(),
                        REASON_LENGTH, false);
        CreditCode code = correction ? lookupCode(input.creditCode(), problems)
                : creditCode(input.creditCode(), overrideReason, problems);
        String nameZh = problems.text("nameZh", "企业名称", "Chinese name", input.nameZh(), NAME_LENGTH, true);
        String nameEn = problems.text("nameEn", "英文名称", "English name", input.nameEn(), NAME_LENGTH, false);
        RegionCode region = region(input.regionCode(), problems);
        if (input.sector() == null) {
            problems.add("sector", "所属行业为必填项。", "Sector is required.");
        }
        String parentGroup = problems.text("parentGroup", "所属集团", "Parent group", input.parentGroup(), NAME_LENGTH,
                false);
        if (!problems.isEmpty()) {
            return null;
        }
        return new ValidEnterprise(code, code.checkOverridden() ? overrideReason : null, nameZh, nameEn, region,
                input.sector(), parentGroup);
    }

    /**
     * The code, normalised to upper case; a failing check character only with an override
     * reason. The messages are this bundle's own so that they echo the input escaped.
     */
    static CreditCode creditCode(String text, String overrideReason, Problems problems) {
        if (text == null || text.isBlank()) {
            problems.add("creditCode", "统一社会信用代码为必填项。", "Credit code is required.");
            return null;
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        int length = code.codePointCount(0, code.length());
        if (length != 18) {
            problems.add("creditCode", "统一社会信用代码 " + Echo.zh(text) + " 共 " + length + " 位，应为 18 位。",
                    "Credit code " + Echo.of(text) + " has " + length + " characters; it must have 18.");
            return null;
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                problems.add("creditCode", "统一社会信用代码第 " + (i + 1) + " 位（" + Echo.zh(code.substring(i, i + 1))
                        + "）不是允许的字符；代码由数字 0-9 和 A-Y 中除 I、O、S、V、Z 以外的大写字母组成。",
                        "Credit code: character " + (i + 1) + " (" + Echo.of(code.substring(i, i + 1))
                        + ") is not allowed; codes use 0-9 and A-Y without I, O, S, V and Z.");
                return null;
            }
        }
        if (!code.substring(2, 8).chars().allMatch(Character::isDigit)) {
            problems.add("creditCode", "统一社会信用代码 " + code + " 的第 3 至 8 位应为六位行政区划代码。",
                    "Credit code " + code + ": characters 3 to 8 must be the six-digit division code.");
            return null;
        }
        if (CreditCode.isValid(code)) {
            return CreditCode.parse(code);
        }
        if (overrideReason == null) {
            problems.add("creditCode", "统一社会信用代码 " + code + " 的第 18 位校验码不正确；如该代码确属合法有效，"
                    + "请填写予以接受的理由。", "Credit code " + code + " fails its check character (the 18th); if the code is "
                    + "legally valid, give the reason to accept it anyway.");
            return null;
        }
        return CreditCode.overridingCheck(code);
    }

    /**
     * A code to look up in the registry: its check character was judged (or overridden) when
     * the enterprise was registered, so it is not judged again.
     */
    static CreditCode lookupCode(String text, Problems problems) {
        return creditCode(text, "registered earlier", problems);
    }

    static RegionCode region(String text, Problems problems) {
        if (text == null || text.isBlank()) {
            problems.add("regionCode", "行政区划代码为必填项。", "Region code is required.");
            return null;
        }
        String stripped = text.strip();
        if (!SIX_DIGITS.matcher(stripped).matches()) {
            problems.add("regionCode", "行政区划代码 " + Echo.zh(text) + " 应为六位数字（GB/T 2260）。",
                    "Region code " + Echo.of(text) + " must be six digits (GB/T 2260).");
            return null;
        }
        RegionCode region = RegionCode.of(stripped);
        if (!RegionCatalogue.standard().known(region)) {
            problems.add("regionCode", "行政区划代码 " + stripped + " 不在本系统收录的地区之内。",
                    "Region code " + stripped + " is not a region Cultivar knows.");
            return null;
        }
        return region;
    }
}
