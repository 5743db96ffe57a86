package nl.thuisplan.notification;

/** How a person wants its notifications mailed. No choice stored: {@link #IMMEDIATE} (see V19 for why). */
public enum MailPreference {
    IMMEDIATE, DAILY_DIGEST, OFF
}
