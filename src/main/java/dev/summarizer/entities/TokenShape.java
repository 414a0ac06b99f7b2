package dev.summarizer.entities;

/** What the rules around the name finder read from a token's letters. */
final class TokenShape {

    private TokenShape() {
    }

    /** True if the token starts with an upper-case letter (false for an empty token). */
    static boolean isCapitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
    }
}
