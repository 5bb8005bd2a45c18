package org.cstkg.generate;

/** Lines of a file being written, each ended by a newline. */
final class Text {

    private final StringBuilder b = new StringBuilder();

    Text line(String line) {
        b.append(line).append('\n');
        return this;
    }

    Text blank() {
        return line("");
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
