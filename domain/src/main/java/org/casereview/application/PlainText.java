package org.casereview.application;

import org.jspecify.annotations.Nullable;

/**
 * What people type, made safe to store and show as text: control characters (from a paste, a script or a broken
 * keyboard) are removed, and so are the invisible characters that reverse or re-order the text around them (Unicode's
 * bidirectional embeddings, overrides and isolates), which could make a name or reference display as something it is
 * not. Letters of every script stay, right-to-left ones and emoji included, and so do the marks that written Arabic,
 * Hebrew, Persian and emoji sequences need (LRM, RLM, ZWJ, ZWNJ). Markup is ordinary text here: the screens show it as
 * text, never as HTML.
 */
public final class PlainText {

    private PlainText() {
    }

    /** A one-line answer (a name, a phone number): line breaks and tabs become spaces. */
    public static @Nullable String line(@Nullable String text) {
        return text == null ? null : clean(text, false);
    }

    /** A one-line answer that must be there (checked as blank or not after cleaning); missing is empty. */
    public static String requiredLine(@Nullable String text) {
        return text == null ? "" : clean(text, false);
    }

    /** An answer in paragraphs (what happened, an address): line breaks stay, as plain new lines. */
    public static @Nullable String lines(@Nullable String text) {
        return text == null ? null : clean(text, true);
    }

    public static String requiredLines(@Nullable String text) {
        return text == null ? "" : clean(text, true);
    }

    private static String clean(String text, boolean multiLine) {
        StringBuilder clean = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r') {
                // \r\n and a lone \r are both one line break.
                if (i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                c = '\n';
            }
            if (c == '\n' || c == '\t' || c == 0x2028 || c == 0x2029) {
                clean.append(multiLine && c != '\t' ? '\n' : ' ');
            } else if (kept(c)) {
                clean.appendCodePoint(c);
            }
        }
        return clean.toString();
    }

    private static boolean kept(int c) {
        if (Character.isISOControl(c)) {
            return false;
        }
        if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
            return false; // half of a pair, with no other half: not a character at all
        }
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            return false; // bidirectional embedding, override and isolate controls
        }
        if (c == 0xFEFF || c == 0xFFFE || c == 0xFFFF || c == 0x200B || c == 0x2060) {
            return false; // byte-order mark, non-characters, invisible spaces
        }
        return true;
    }
}
