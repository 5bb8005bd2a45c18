package org.cstkg.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of {@code templates.tsv}, parsed once into pieces: literal text, {@code {slot}}, {@code {~이가}} (the
 * particle fitting what precedes it) and {@code {=digest|article}} (a word that differs by style).
 */
final class Template {

    private static final Pattern TOKEN = Pattern.compile("\\{([~=]?)([^{}]*)}");

    private interface Piece {}

    private record Literal(String text) implements Piece {}

    private record Slot(String name) implements Piece {}

    private record Particle(String pair) implements Piece {}

    private record Styled(String digest, String article) implements Piece {}

    private final List<Piece> pieces;
    private final String text;

    private Template(String text, List<Piece> pieces) {
        this.text = text;
        this.pieces = List.copyOf(pieces);
    }

    /**
     * @param slots the slot names a {@link Cast} fills; any other is an error naming {@code where}
     */
    static Template parse(String text, Set<String> slots, String where) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at)
                pieces.add(new Literal(text.substring(at, m.start())));
            String body = m.group(2);
            switch (m.group(1)) {
                case "~" -> {
                    if (!Particles.known(body))
                        throw new IllegalStateException(where + ": unknown particle {~" + body + "}");
                    pieces.add(new Particle(body));
                }
                case "=" -> {
                    int bar = body.indexOf('|');
                    if (bar < 0)
                        throw new IllegalStateException(where + ": {=" + body + "} needs digest|article");
                    pieces.add(new Styled(body.substring(0, bar), body.substring(bar + 1)));
                }
                default -> {
                    if (!slots.contains(body))
                        throw new IllegalStateException(where + ": unknown slot {" + body + "}");
                    pieces.add(new Slot(body));
                }
            }
            at = m.end();
        }
        if (at < text.length())
            pieces.add(new Literal(text.substring(at)));
        String rest = TOKEN.matcher(text).replaceAll("");
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0)
            throw new IllegalStateException(where + ": unbalanced brace in '" + text + "'");
        return new Template(text, pieces);
    }

    Phrase fill(Cast cast) {
        StringBuilder d = new StringBuilder(), a = new StringBuilder();
        for (Piece p : pieces) {
            if (p instanceof Literal l) {
                d.append(l.text());
                a.append(l.text());
            } else if (p instanceof Slot s) {
                String v = cast.get(s.name());
                d.append(v);
                a.append(v);
            } else if (p instanceof Particle q) {
                d.append(Particles.after(d, q.pair()));
                a.append(Particles.after(a, q.pair()));
            } else if (p instanceof Styled s) {
                d.append(s.digest());
                a.append(s.article());
            }
        }
        return new Phrase(d.toString(), a.toString());
    }

    @Override
    public String toString() {
        return text;
    }
}
