package kz.saruar.ledger;

/** The form shared by account, actor and offer identifiers (LFT-07), checked without a regex because replay checks millions. */
final class Ids {
    private Ids() {
    }

    /** Whether {@code s} is 1–64 of {@code [A-Za-z0-9._:@-]} starting with a letter or digit. */
    static boolean wellFormed(String s) {
        int n = s.length();
        if (n == 0 || n > 64 || !alnum(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (!alnum(c) && c != '.' && c != '_' && c != ':' && c != '@' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean alnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
