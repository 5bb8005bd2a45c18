package org.cstkg.link;

/**
 * How far a link has been checked. {@code unverified}: recorded, never checked (every identifier typed by a person
 * starts so); {@code verified-offline}: checked against a dump of the target (labels and, for regions, the division
 * code agree); {@code rejected}: checked and found wrong, kept so that it is not proposed again.
 */
public enum LinkStatus {
    VERIFIED_OFFLINE("verified-offline"), UNVERIFIED("unverified"), REJECTED("rejected");

    private final String text;

    LinkStatus(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }

    public static LinkStatus of(String text) {
        for (LinkStatus s : values())
            if (s.text.equals(text == null ? "" : text.strip()))
                return s;
        throw new IllegalArgumentException("unknown status '" + text + "' (verified-offline, unverified or rejected)");
    }
}
