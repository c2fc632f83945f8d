package org.cultivar.registry.api;

/**
 * What a user enters to register or correct an enterprise, as text, so that every field can be
 * validated with a message naming it.
 *
 * @param overrideReason non-blank only when the user accepts a credit code whose check character
 *                       fails (early pilot codes); recorded and audited
 */
public record EnterpriseInput(String creditCode, String overrideReason, String nameZh, String nameEn,
                              String regionCode, Sector sector, String parentGroup) {
}
