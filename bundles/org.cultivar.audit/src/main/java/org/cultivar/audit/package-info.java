/**
 * The audit trail bundle: an append-only, hash-chained table written inside the caller's
 * transaction, and its verification (docs/adr/0003-audit-chain.md). Nothing here is exported;
 * other bundles and the host use the {@code AuditTrail} service of the core API.
 */
package org.cultivar.audit;
