package nl.thuisplan.urgency.report;

import nl.thuisplan.urgency.report.UrgencyDocumentData.CategoryBlock;

/**
 * A rough, deliberately generous estimate of how tall a category block prints, in points. Jasper can
 * keep a band whole ("Prevent") or let it flow, but not decide by size: a kept block that cannot fit
 * even a fresh page is moved there anyway, leaving its heading and an empty page behind. So the
 * document keeps short blocks whole and lets long ones flow, and this decides which is which.
 */
final class CategoryHeight {

    /**
     * A little over half the usable A4 height (754 pt), so a block with 1,500 characters of criteria
     * (about 340 pt, estimated 380) is still kept whole; moving one wastes at most about half a page.
     */
    static final int KEEP_TOGETHER_MAX = 400;

    /**
     * 9 pt DejaVu Sans in the 395 pt value column holds up to 80 characters, but Dutch prose wraps
     * at about 65 on average (long words go to the next line whole); fewer, to err on the tall side.
     */
    private static final int CHARS_PER_LINE = 64;
    private static final double LINE = 10.5;
    /** Space above the heading and the paddings under it and the five labelled lines; rounded up. */
    private static final double FIXED = 28 + 5 * 3;

    private CategoryHeight() {
    }

    static boolean keepTogether(CategoryBlock c) {
        return estimate(c) <= KEEP_TOGETHER_MAX;
    }

    static double estimate(CategoryBlock c) {
        int lines = lines(c.name()) + lines(c.targetGroups()) + lines(c.criteria()) + lines(c.evidence())
                + 1 + lines(c.waitNorm());
        return FIXED + lines * LINE;
    }

    /** Lines a text wraps to; every paragraph starts a new one, and an empty text still takes one. */
    static int lines(String text) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        int lines = 0;
        for (String paragraph : text.split("\\R", -1)) {
            lines += Math.max(1, (paragraph.length() + CHARS_PER_LINE - 1) / CHARS_PER_LINE);
        }
        return lines;
    }
}
