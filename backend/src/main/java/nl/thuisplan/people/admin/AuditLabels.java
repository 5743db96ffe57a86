package nl.thuisplan.people.admin;

import java.util.Map;

/**
 * Dutch words for the audit codes in the management log's export, so a spreadsheet reads "Persoon
 * gedeactiveerd" instead of PERSON_DEACTIVATED. The export keeps the code in a column beside it, as the
 * log's filter takes codes; an unknown code (a new action) is shown as it is.
 */
final class AuditLabels {

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("PERSON_INVITED", "Persoon uitgenodigd"),
            Map.entry("PERSON_CHANGED", "Persoon gewijzigd"),
            Map.entry("PERSON_ACTIVATED", "Persoon geactiveerd"),
            Map.entry("PERSON_DEACTIVATED", "Persoon gedeactiveerd"),
            Map.entry("PERSON_UNLOCKED", "Blokkering opgeheven"),
            Map.entry("INVITATION_RENEWED", "Opnieuw uitgenodigd"),
            Map.entry("INVITATION_REVOKED", "Uitnodiging ingetrokken"),
            Map.entry("MEMBERSHIP_ADDED", "Lidmaatschap toegevoegd"),
            Map.entry("MEMBERSHIP_CHANGED", "Lidmaatschap gewijzigd"),
            Map.entry("ORGANISATION_CREATED", "Organisatie aangemaakt"),
            Map.entry("ORGANISATION_CHANGED", "Organisatie gewijzigd"),
            Map.entry("PASSWORD_CHANGED", "Wachtwoord gewijzigd"),
            Map.entry("PASSWORD_RESET_SENT", "Link voor nieuw wachtwoord verstuurd"),
            Map.entry("PASSWORD_SET_BY_LINK", "Wachtwoord gekozen via link"),
            Map.entry("LOGIN_LOCKED", "Geblokkeerd na mislukte aanmeldingen"),
            Map.entry("SECOND_FACTOR_ENABLED", "Tweestapsverificatie aangezet"),
            Map.entry("SECOND_FACTOR_DISABLED", "Tweestapsverificatie uitgezet"),
            Map.entry("SECOND_FACTOR_RESET", "Tweestapsverificatie hersteld door beheerder"),
            Map.entry("RECOVERY_CODES_RENEWED", "Nieuwe herstelcodes gemaakt"),
            Map.entry("RECOVERY_CODE_USED", "Ingelogd met een herstelcode"),
            Map.entry("SESSIONS_REVOKED", "Sessies beëindigd"),
            Map.entry("SESSION_LOGOUT", "Afgemeld"),
            Map.entry("SESSION_REUSE_REVOKED", "Sessie beëindigd na hergebruik van een token"),
            Map.entry("REVOKED_BY_ADMIN", "Sessie beëindigd door beheerder"),
            Map.entry("REVOKED_BY_SELF", "Sessie beëindigd door de persoon zelf"),
            Map.entry("REGION_CREATED", "Regio aangemaakt"),
            Map.entry("REGION_MEMBER_ADDED", "Gemeente aan regio toegevoegd"),
            Map.entry("REGION_MEMBER_CHANGED", "Lidmaatschap van gemeente gewijzigd"),
            Map.entry("REGION_MEMBER_CONFIRMED", "Lidmaatschap van gemeente bevestigd"),
            Map.entry("REGION_MEMBER_ENDED", "Lidmaatschap van gemeente beëindigd"),
            Map.entry("REGION_SUBREGION_ADDED", "Deelregio toegevoegd"),
            Map.entry("CREATED", "Aangemaakt"),
            Map.entry("UPDATED", "Gewijzigd"),
            Map.entry("DELETED", "Verwijderd"));

    private static final Map<String, String> ENTITIES = Map.of(
            "person", "Persoon",
            "membership", "Lidmaatschap",
            "organisation", "Organisatie",
            "session", "Sessie",
            "region", "Regio");

    private AuditLabels() {
    }

    static String action(String code) {
        return code == null ? "" : ACTIONS.getOrDefault(code, code);
    }

    static String entity(String type) {
        return type == null ? "" : ENTITIES.getOrDefault(type, type);
    }
}
