/** The certification registry's implementation; exports nothing, registers the API's services. */
package org.cultivar.registry;
