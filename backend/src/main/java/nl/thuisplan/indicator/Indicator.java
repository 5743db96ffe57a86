package nl.thuisplan.indicator;

import java.util.Arrays;
import java.util.Optional;

/**
 * The indicators a fair-share key can use. All but {@link #OWN_DEMAND} are stored per
 * municipality and reference date; own demand (herkomst) is derived from the adopted demand
 * analyses of the period, so it is never imported.
 */
public enum Indicator {
    INHABITANTS("inhabitants", "Inwoners"),
    HOUSEHOLDS("households", "Huishoudens"),
    SOCIAL_RENTAL_STOCK("social_rental_stock", "Sociale huurvoorraad"),
    LETTINGS("lettings", "Verhuringen per jaar"),
    EXISTING_PLACES("existing_places", "Bestaande plekken"),
    OWN_DEMAND("own_demand", "Eigen vraag (herkomst)");

    public final String code;
    public final String label;

    Indicator(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public boolean stored() {
        return this != OWN_DEMAND;
    }

    public static Optional<Indicator> byCode(String code) {
        return Arrays.stream(values()).filter(i -> i.code.equals(code)).findFirst();
    }

    /** The Dutch label of a code, or the code itself for one we do not know. */
    public static String label(String code) {
        return byCode(code).map(i -> i.label).orElse(code);
    }
}
