package org.designcoach.estimation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Splits an expression into numbers, words and symbols; {@code ×}, {@code ÷} and {@code −} mean * / -,
 * {@code :} divides ({@code 10:1}), {@code ≈} is {@code =}, and {@code ~} (about) is left out. Numbers
 * written as words ({@code five}, {@code twenty-four}, {@code a} before {@code million}) become numbers.
 */
final class Lexer {

    private static final String SYMBOLS = "+-*/^()=";
    /** Words that say a number is rough; an estimate always is, so they change nothing. */
    private static final java.util.Set<String> APPROXIMATELY = java.util.Set.of("about", "around", "roughly",
            "approximately", "approx", "ca");

    private Lexer() {
    }

    static List<Token> tokens(String expression) {
        List<Token> tokens = new ArrayList<>();
        Matcher number = QuantityParser.NUMBER.matcher(expression);
        int at = 0;
        while (at < expression.length()) {
            char c = expression.charAt(at);
            if (Character.isWhitespace(c) || c == '~' || c == '≈' && tokens.isEmpty()) {
                at++;
            } else if (isDigit(c) || c == '.' && at + 1 < expression.length() && isDigit(expression.charAt(at + 1))) {
                number.region(at, expression.length());
                number.lookingAt();
                if (QuantityParser.isBrokenNumber(expression.substring(number.end()))) {
                    throw new QuantityException(QuantityParser.notANumber(word(expression, at)) + " (at character "
                            + (at + 1) + ")");
                }
                double value = Double.parseDouble(QuantityParser.digits(number));
                tokens.add(new Token(Token.Kind.NUMBER, number.group(), at + 1, value));
                at = number.end();
            } else if (Character.isLetter(c) || c == '_' || c == '%') {
                int end = c == '%' ? at + 1 : wordEnd(expression, at);
                at = word(expression, at, end, tokens);
            } else {
                tokens.add(new Token(Token.Kind.SYMBOL, String.valueOf(symbol(c, at)), at + 1, 0));
                at++;
            }
        }
        tokens.add(new Token(Token.Kind.END, "", expression.length() + 1, 0));
        return tokens;
    }

    /** Adds the word from {@code start} to {@code end}, or the number it spells; returns where to go on. */
    private static int word(String text, int start, int end, List<Token> tokens) {
        String word = text.substring(start, end);
        var value = NumberWords.value(word);
        if (value.isPresent() && NumberWords.isTensWord(word)) {
            int unitsStart = end < text.length() && (text.charAt(end) == '-' || text.charAt(end) == ' ') ? end + 1 : end;
            int unitsEnd = wordEnd(text, unitsStart);
            if (unitsStart > end && unitsEnd > unitsStart && NumberWords.isUnitsWord(text.substring(unitsStart, unitsEnd))) {
                double units = NumberWords.value(text.substring(unitsStart, unitsEnd)).orElseThrow();
                tokens.add(new Token(Token.Kind.NUMBER, text.substring(start, unitsEnd), start + 1,
                        value.getAsDouble() + units));
                return unitsEnd;
            }
        }
        if (APPROXIMATELY.contains(word.toLowerCase(java.util.Locale.ROOT))) {
            return end < text.length() && text.charAt(end) == '.' ? end + 1 : end;
        }
        if (value.isPresent()) {
            tokens.add(new Token(Token.Kind.NUMBER, word, start + 1, value.getAsDouble()));
        } else if (word.matches("(?i)an?") && text.substring(end).matches(
                "(?is)\\s+(hundred|thousand|million|billion|trillion)\\b.*")) {
            tokens.add(new Token(Token.Kind.NUMBER, word, start + 1, 1));
        } else {
            tokens.add(new Token(Token.Kind.WORD, word, start + 1, 0));
        }
        return end;
    }

    /** ASCII only: other scripts' digits are letters to the number pattern, so they would not match. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static char symbol(char c, int at) {
        char symbol = switch (c) {
            case '×', '·' -> '*';
            case '÷' -> '/';
            case '−' -> '-';
            case ':' -> '/';
            case '≈' -> '=';
            default -> c;
        };
        if (SYMBOLS.indexOf(symbol) < 0) {
            throw new QuantityException("'" + c + "' at character " + (at + 1) + " is not part of an expression. "
                    + "Use numbers with units, names, + - * / ^ and parentheses.");
        }
        return symbol;
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        return end;
    }

    /** The characters up to the next space, to quote a broken number in full. */
    private static String word(String text, int start) {
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && "()+*^".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(start, end);
    }
}
