package org.cultivar.store.api;

/** What the rest of the product may know about the database itself. */
public interface Database {

    enum Kind { H2, POSTGRESQL }

    Kind kind();

    /** The JDBC URL without credentials. */
    String url();

    /** Whether a connection can be had and answers a trivial query within a second or two. */
    boolean reachable();
}
