/*
 * 2.1.0: types for uploaded jars added (UploadedBundle, TrustedUpload, TrustedUploads), and two
 * methods on PlatformAdmin. New methods on an interface others implement would be a major
 * change; PlatformAdmin is implemented only by the host's FeatureManager in this repository,
 * so callers built against 2.0 keep working and the version stays 2.x.
 * 2.2.0: Configurations.validate, for effective-dated schedule changes; Configurations is
 * implemented only by org.cultivar.platform, so the same reasoning holds.
 * 2.3.0: ConfigurationOwner and ConfigurationOwnedException: a bundle that keeps a configuration's
 * history may claim it, and Configurations.update then refuses other bundles (ADR 0006).
 * 2.4.0: PlatformException and ConfigurationValidationException carry their words in Chinese as well.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.4.0")
package org.cultivar.core.api.platform;
