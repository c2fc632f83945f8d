/** The subsidy engine; exports nothing, registers the API's process services. */
package org.cultivar.subsidy;
