package org.cultivar.security;

import java.util.function.UnaryOperator;

/**
 * What the framework properties ask of the first start. Framework properties rather than
 * configuration, because they belong to one installation run, like {@code --demo} on the
 * command line.
 *
 * @param demo       create the demo users ({@value #DEMO_PROPERTY}{@code =true}); never otherwise
 * @param setupToken the setup token a scripted install chose ({@value #SETUP_TOKEN_PROPERTY}),
 *                   or {@code null} to generate one
 */
record StartOptions(boolean demo, String setupToken) {

    static final String DEMO_PROPERTY = "cultivar.demo";
    static final String SETUP_TOKEN_PROPERTY = "cultivar.setup.token";

    static final StartOptions NONE = new StartOptions(false, null);

    static StartOptions from(UnaryOperator<String> frameworkProperties) {
        String demo = frameworkProperties.apply(DEMO_PROPERTY);
        String token = frameworkProperties.apply(SETUP_TOKEN_PROPERTY);
        return new StartOptions(demo != null && demo.strip().equalsIgnoreCase("true"),
                token == null || token.isBlank() ? null : token.strip());
    }
}
