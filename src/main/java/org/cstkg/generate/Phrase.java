package org.cstkg.generate;

/** A filled template in both styles: a digest's noun endings (발표) and a news story's full sentences (발표했다). */
record Phrase(String digest, String article) {

    /** The news style as a sentence, with its full stop. */
    String sentence() {
        String s = article.strip();
        return s.endsWith(".") ? s : s + ".";
    }
}
