package org.cultivar.core.api.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * The hostile-input corpus: every case of every {@code *.txt} file in the folder
 * {@value #FOLDER} on the test class path, with its notation expanded (the folder's README.md
 * describes both). Shared through this bundle's test jar; each bundle that uses it copies the
 * folder into its own test resources.
 */
public final class HostileInputs {

    public static final String FOLDER = "hostile-inputs";

    private static final String REPEAT = "@repeat:";
    private static final String HEX_DIGITS = "0123456789abcdefABCDEF";

    private HostileInputs() {
    }

    /** One case: the file and line it is written on, and the text it stands for. */
    public record Case(String file, int line, String value) {

        /** The text as a form would hand over a password; {@code null} for {@code @null}. */
        public char[] chars() {
            return value == null ? null : value.toCharArray();
        }

        /** Where the case is written and what it holds, printable and short enough for a test report. */
        @Override
        public String toString() {
            return file + ":" + line + " " + Printable.of(value);
        }
    }

    /** Every case, file by file in name order, line by line. */
    public static List<Case> all() {
        try (Stream<Path> files = Files.list(folder())) {
            List<Case> cases = new ArrayList<>();
            files.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted()
                    .forEach(file -> cases.addAll(read(file)));
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One dynamic test per case, named after it. A failure names the case as well, because Maven's
     * reports number dynamic tests instead of naming them.
     */
    public static Stream<DynamicTest> dynamicTests(ThrowingConsumer<Case> check) {
        return dynamicTests(all(), check);
    }

    /** One dynamic test for each of these cases, e.g. those a typed input point can be given at all. */
    public static Stream<DynamicTest> dynamicTests(List<Case> cases, ThrowingConsumer<Case> check) {
        return cases.stream().map(hostile -> DynamicTest.dynamicTest(hostile.toString(), () -> {
            try {
                check.accept(hostile);
            } catch (AssertionError failure) {
                throw new AssertionError(hostile + ": " + failure.getMessage(), failure);
            } catch (Exception unexpected) {
                throw new AssertionError(hostile + " made the test fail with " + unexpected, unexpected);
            }
        }));
    }

    private static Path folder() {
        URL readme = HostileInputs.class.getClassLoader().getResource(FOLDER + "/README.md");
        if (readme == null) {
            throw new IllegalStateException("No folder " + FOLDER + " on the test class path: add it as a "
                    + "<testResource> of this bundle (see org.cultivar.audit/pom.xml)");
        }
        try {
            return Path.of(readme.toURI()).getParent();
        } catch (URISyntaxException | FileSystemNotFoundException e) {
            throw new IllegalStateException("The folder " + FOLDER + " must be a folder of test resources, not "
                    + readme, e);
        }
    }

    private static List<Case> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<Case> cases = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!line.isEmpty() && !line.startsWith("#")) {
                    cases.add(new Case(file.getFileName().toString(), i + 1, expand(line)));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String expand(String line) {
        if (line.equals("@null")) {
            return null;
        }
        if (line.equals("@empty")) {
            return "";
        }
        if (line.startsWith(REPEAT)) {
            int lastColon = line.lastIndexOf(':');
            String text = unescape(line.substring(REPEAT.length(), lastColon));
            return text.repeat(Integer.parseInt(line.substring(lastColon + 1)));
        }
        return unescape(line);
    }

    /** {@code \\uXXXX} is one UTF-16 unit, a run of {@code \\xNN} is UTF-8 decoded leniently, {@code \\\\} is a backslash. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            if (isEscape(text, i, 'x', 2)) {
                bytes.write(Integer.parseInt(text, i + 2, i + 4, 16));
                i += 4;
                continue;
            }
            // a lenient decoder turns malformed bytes into U+FFFD, as a web server or import reader would
            out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
            bytes.reset();
            if (isEscape(text, i, 'u', 4)) {
                out.append((char) Integer.parseInt(text, i + 2, i + 6, 16));
                i += 6;
            } else if (text.startsWith("\\\\", i)) {
                out.append('\\');
                i += 2;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8)).toString();
    }

    private static boolean isEscape(String text, int at, char letter, int hexDigits) {
        if (at + 2 + hexDigits > text.length() || text.charAt(at) != '\\' || text.charAt(at + 1) != letter) {
            return false;
        }
        // ASCII only: Character.digit would also take fullwidth and other digits
        return text.substring(at + 2, at + 2 + hexDigits).chars().allMatch(c -> HEX_DIGITS.indexOf(c) >= 0);
    }
}
