package org.cultivar.product;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The entry point of {@code cultivar.jar}: puts every jar of {@code lib/} beside it on one class
 * loader and starts the launcher. A URLClassLoader rather than a manifest Class-Path, because
 * Jetty's annotation scanning (which Vaadin needs) discovers container jars by walking
 * URLClassLoaders, and the JDK's application class loader is not one.
 */
public final class Bootstrap {

    private Bootstrap() {
    }

    public static void main(String[] args) throws Throwable {
        Path home = Path.of(Bootstrap.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        Path lib = home.resolve("lib");
        URL[] jars = jars(lib);
        if (jars.length == 0) {
            System.err.println("cultivar: no libraries in " + lib + "; run cultivar.jar from its distribution folder");
            System.exit(1);
        }
        System.setProperty("cultivar.home", home.toString());
        URLClassLoader loader = new URLClassLoader("cultivar", jars, ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        try {
            loader.loadClass("org.cultivar.launcher.Main").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static URL[] jars(Path lib) throws IOException {
        if (!Files.isDirectory(lib)) {
            return new URL[0];
        }
        try (Stream<Path> files = Files.list(lib)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().map(Bootstrap::url).toArray(URL[]::new);
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
