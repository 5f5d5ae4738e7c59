package org.designcoach.estimation;

/** A piece of an expression; {@code position} counts from 1, as a learner counts characters. */
record Token(Kind kind, String text, int position, double number) {

    enum Kind { NUMBER, WORD, SYMBOL, END }

    boolean is(char symbol) {
        return kind == Kind.SYMBOL && text.charAt(0) == symbol;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    /** Whether {@code other} starts right where this token ends, with no space between: {@code 6B}. */
    boolean touches(Token other) {
        return position + text.length() == other.position;
    }

    String where() {
        return kind == Kind.END ? "at the end" : "at character " + position;
    }
}
