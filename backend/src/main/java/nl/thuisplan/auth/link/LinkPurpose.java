package nl.thuisplan.auth.link;

/** Why a link was sent; the purpose decides how long it lives and what accepting it does. */
public enum LinkPurpose {
    /** A beheerder invited the person; accepting sets the first password. */
    INVITATION,
    /** The person asked for a new password ("wachtwoord vergeten"). */
    PASSWORD_RESET,
    /** The first platform beheerder, made with {@code java -jar thuisplan.jar admin create}. */
    FIRST_ADMIN
}
