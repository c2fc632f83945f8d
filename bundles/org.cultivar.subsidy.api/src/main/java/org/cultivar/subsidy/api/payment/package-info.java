/** Payment files for the bank or treasury (ISO 20022 pain.001, CSV) and their confirmations (pain.002, CSV). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.cultivar.subsidy.api.payment;
