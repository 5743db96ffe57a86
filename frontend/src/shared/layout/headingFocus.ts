import { type RefObject, useEffect } from 'react';
import { useLocation } from 'react-router';

const MAIN_ID = 'main';

/**
 * Moves focus to the page's main heading (its `h1`) once it is in `container`, so a keyboard or screen-reader
 * user starts reading the new content instead of finding focus on the page body (WCAG 2.4.3).
 * Pages load their data after they mount, and a loading text can be replaced by the page, so this keeps
 * watching until the heading is there (and puts focus back on it if the heading it focused is replaced), but
 * never takes focus away from something the user or the page focused meanwhile (a field, a dialog).
 * `skip` is a heading that is about to go (the page it replaces). Answers a function that stops watching.
 */
export function focusHeadingWhenShown(
  container: HTMLElement,
  { skip = null, timeoutMs = 10_000 }: { skip?: Element | null; timeoutMs?: number } = {},
): () => void {
  const before = document.activeElement;
  const ours = new Set<Element>();
  const free = (active: Element | null) =>
    !active || active === document.body || active === container || active === before || ours.has(active);

  let observer: MutationObserver | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    observer?.disconnect();
    observer = null;
    clearTimeout(timer);
  };
  const attempt = () => {
    const heading = [...container.querySelectorAll('h1')].find((h) => h !== skip && h.isConnected);
    const active = document.activeElement;
    if (!heading || active === heading) return;
    if (!free(active)) {
      stop(); // someone chose where focus goes: leave it there
      return;
    }
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    ours.add(heading);
    heading.focus();
  };

  // Focus moved by the person or the page to anything but our heading is a choice: stop watching at once,
  // or a later change of the page (an editor's toolbar, a loaded panel) could take the focus back while
  // it passes through the body between two controls.
  const chosen = (event: FocusEvent) => {
    const target = event.target as Element | null;
    if (target && target !== container && !ours.has(target)) stopAll();
  };
  const stopAll = () => {
    stop();
    document.removeEventListener('focusin', chosen, true);
  };

  attempt();
  document.addEventListener('focusin', chosen, true);
  observer = new MutationObserver(attempt);
  observer.observe(container, { childList: true, subtree: true });
  timer = setTimeout(stopAll, timeoutMs);
  return stopAll;
}

/**
 * After an action that replaces the page's content without a route change (e.g. "Vraaganalyse starten"),
 * focus the new content's heading instead of letting focus fall to the body.
 */
export function focusNewMainHeading(): () => void {
  const main = document.getElementById(MAIN_ID);
  if (!main) return () => {};
  return focusHeadingWhenShown(main, { skip: main.querySelector('h1') });
}

/**
 * On every route change (a new path, not a new query string: filters in the URL are not a new page),
 * focus the new page's heading. The first page the browser loads keeps the browser's own start
 * (react-router marks that location with the key "default"); arriving from the login page counts as a
 * navigation, so focus lands on the start page's heading after logging in.
 */
export function useHeadingFocusOnNavigation(main: RefObject<HTMLElement | null>) {
  const { pathname, key } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new path is a new page; key is read, not watched
  useEffect(() => {
    if (key === 'default' || !main.current) return;
    return focusHeadingWhenShown(main.current);
  }, [pathname, main]);
}

export { MAIN_ID };
