import { type RefObject, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The boxes a wide table scrolls sideways in (app.css), on every page. */
const SELECTOR = '.tp-table-scroll';
const OWNED = 'data-scroll-region';

function nameOf(box: HTMLElement, fallback: string): string {
  const table = box.querySelector('table');
  const caption = table?.querySelector('caption')?.textContent?.trim();
  const heading = box.closest('section')?.querySelector('h2, h3')?.textContent?.trim();
  return caption || table?.getAttribute('aria-label') || heading || fallback;
}

/** Makes `box` a named tab stop while it scrolls sideways, and nothing when it does not (see below). */
function update(box: HTMLElement, fallback: string) {
  const owned = box.hasAttribute(OWNED);
  if (box.hasAttribute('tabindex') && !owned) return; // the page made it a region itself
  const scrolls = box.scrollWidth > box.clientWidth + 1;
  if (scrolls && !owned) {
    box.setAttribute(OWNED, '');
    box.setAttribute('tabindex', '0');
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', nameOf(box, fallback));
  } else if (!scrolls && owned) {
    for (const name of [OWNED, 'tabindex', 'role', 'aria-label']) box.removeAttribute(name);
  }
}

/**
 * A table wider than the screen (a phone, 400% zoom) scrolls sideways in its own box instead of the page
 * (WCAG 1.4.10); a keyboard user can only scroll that box when it can take focus (axe:
 * scrollable-region-focusable). Done here once, for every table on every page: while a box scrolls, it is a
 * tab stop, a region named after its table's caption; when the table fits again, it is neither.
 */
export function useScrollRegions(main: RefObject<HTMLElement | null>) {
  const { t } = useTranslation();
  const fallback = t('table.scrolls');
  useEffect(() => {
    const root = main.current;
    if (!root) return;
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        for (const box of root.querySelectorAll<HTMLElement>(SELECTOR)) update(box, fallback);
      });
    };
    schedule();
    const observer = new MutationObserver(schedule);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener('resize', schedule);
    };
  }, [main, fallback]);
}
