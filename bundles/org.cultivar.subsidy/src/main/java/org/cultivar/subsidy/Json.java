package org.cultivar.subsidy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for the snapshots the engine stores: objects, arrays, strings, numbers (as
 * {@link BigDecimal}, so money never passes through a double), booleans and null. No library:
 * none is installed in the framework, and the snapshots are written and read only here.
 */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        StringBuilder json = new StringBuilder();
        write(json, value);
        return json.toString();
    }

    private static void write(StringBuilder json, Object value) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof Map<?, ?> map) {
            json.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.append(first ? "" : ",").append(quoted(entry.getKey().toString())).append(':');
                write(json, entry.getValue());
                first = false;
            }
            json.append('}');
        } else if (value instanceof List<?> list) {
            json.append('[');
            for (int i = 0; i < list.size(); i++) {
                json.append(i == 0 ? "" : ",");
                write(json, list.get(i));
            }
            json.append(']');
        } else if (value instanceof BigDecimal number) {
            json.append(number.toPlainString());
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else {
            json.append(quoted(value.toString()));
        }
    }

    static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                default -> {
                    if (ch < 0x20 || ch == 0x2028 || ch == 0x2029) {
                        json.append(String.format("\\u%04x", (int) ch));
                    } else {
                        json.append(ch);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    static Object parse(String text) {
        Parser parser = new Parser(text);
        Object value = parser.value();
        parser.skipBlanks();
        if (parser.at < text.length()) {
            throw parser.error("trailing text");
        }
        return value;
    }

    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Object value() {
            skipBlanks();
            if (at >= text.length()) {
                throw error("unexpected end");
            }
            char ch = text.charAt(at);
            return switch (ch) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> object = new LinkedHashMap<>();
            at++;
            skipBlanks();
            if (text.charAt(at) == '}') {
                at++;
                return object;
            }
            do {
                skipBlanks();
                String key = string();
                skipBlanks();
                expect(':');
                object.put(key, value());
                skipBlanks();
            } while (text.charAt(at++) == ',');
            if (text.charAt(at - 1) != '}') {
                throw error("expected , or }");
            }
            return object;
        }

        private List<Object> array() {
            List<Object> array = new ArrayList<>();
            at++;
            skipBlanks();
            if (text.charAt(at) == ']') {
                at++;
                return array;
            }
            do {
                array.add(value());
                skipBlanks();
            } while (text.charAt(at++) == ',');
            if (text.charAt(at - 1) != ']') {
                throw error("expected , or ]");
            }
            return array;
        }

        private String string() {
            expect('"');
            // most stored strings have no escapes: taken whole, not char by char
            int end = at;
            while (end < text.length() && text.charAt(end) != '"' && text.charAt(end) != '\\') {
                end++;
            }
            if (end < text.length() && text.charAt(end) == '"') {
                String plain = text.substring(at, end);
                at = end + 1;
                return plain;
            }
            StringBuilder string = new StringBuilder();
            while (text.charAt(at) != '"') {
                char ch = text.charAt(at++);
                if (ch != '\\') {
                    string.append(ch);
                    continue;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> string.append('\n');
                    case 't' -> string.append('\t');
                    case 'r' -> string.append('\r');
                    case 'b' -> string.append('\b');
                    case 'f' -> string.append('\f');
                    case 'u' -> {
                        string.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> string.append(escaped);
                }
            }
            at++;
            return string.toString();
        }

        private BigDecimal number() {
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            if (start == at) {
                throw error("unexpected character");
            }
            return new BigDecimal(text.substring(start, at));
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw error("unexpected character");
            }
            at += word.length();
            return value;
        }

        private void expect(char ch) {
            if (at >= text.length() || text.charAt(at) != ch) {
                throw error("expected " + ch);
            }
            at++;
        }

        void skipBlanks() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        IllegalStateException error(String problem) {
            return new IllegalStateException("Stored snapshot is not valid JSON at " + at + ": " + problem);
        }
    }
}
