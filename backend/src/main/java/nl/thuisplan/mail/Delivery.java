package nl.thuisplan.mail;

/** What happened to a message: handed to the SMTP server, or (no SMTP configured) written to the log. */
public enum Delivery {
    SENT,
    /** Only in the log: whoever caused the message must pass its link on by other means. */
    LOGGED
}
