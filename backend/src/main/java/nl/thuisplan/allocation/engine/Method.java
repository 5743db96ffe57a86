package nl.thuisplan.allocation.engine;

/**
 * How whole numbers are made from exact quotas. The four apportionment methods make the targets
 * add up to the total; the statutory one rounds every quota up, as the law prescribes for the
 * taakstelling vergunninghouders, so its sum may exceed the total.
 */
public enum Method {
    /** Hamilton / Hare: everyone gets the floor of their quota, the rest go to the largest remainders. */
    LARGEST_REMAINDER("grootste overschotten (Hamilton)"),
    /** Webster: divisor method with divisors 0.5, 1.5, 2.5, ... (rounds quotas to nearest). */
    SAINTE_LAGUE("Sainte-Laguë (Webster)"),
    /** Jefferson: divisor method with divisors 1, 2, 3, ... (favours larger units). */
    DHONDT("D'Hondt (Jefferson)"),
    /** Equal proportions (US House since 1941): divisors √(t(t+1)), so the first one is 0. */
    HUNTINGTON_HILL("Huntington-Hill"),
    /** Huisvestingswet 2014 art. 29: ceil(total × share); the sum may exceed the total. */
    STATUTORY_CEIL("wettelijke taakstelling (naar boven afgerond)");

    private final String label;

    Method(String label) {
        this.label = label;
    }

    /** Dutch name, as used in step texts. */
    public String label() {
        return label;
    }

    public boolean isDivisorMethod() {
        return this == SAINTE_LAGUE || this == DHONDT || this == HUNTINGTON_HILL;
    }
}
