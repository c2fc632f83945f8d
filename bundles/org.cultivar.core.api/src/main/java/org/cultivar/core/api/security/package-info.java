/* 1.3.0: UserNames, display names for documents that name who acted. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.cultivar.core.api.security;
