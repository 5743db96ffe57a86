import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** The ids the menu button controls: the header's account tools and the main navigation. */
export const MENU_IDS = { tools: 'tp-header-tools', nav: 'tp-main-nav' } as const;

interface CompactMenu {
  open: boolean;
  toggle: () => void;
}

const MenuContext = createContext<CompactMenu>({ open: false, toggle: () => {} });

/**
 * On a small screen (a phone, or 200% zoom and more) the header shows only the app's name and a "Menu"
 * button; the navigation and the account tools fold open under it (WCAG 1.4.10: the header would fill the
 * screen otherwise). On a wide screen the button is not shown and everything is (app.css). The menu closes
 * when another page opens.
 */
export function CompactMenuProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page closes the menu
  useEffect(() => setOpen(false), [pathname]);
  return <MenuContext.Provider value={{ open, toggle: () => setOpen((o) => !o) }}>{children}</MenuContext.Provider>;
}

export const useCompactMenu = () => useContext(MenuContext);

/** The button that folds the menu open on a small screen. */
export function MenuButton() {
  const { t } = useTranslation();
  const { open, toggle } = useCompactMenu();
  return (
    <button
      type="button"
      className="utrecht-button utrecht-button--secondary-action tp-menu-button"
      aria-expanded={open}
      aria-controls={`${MENU_IDS.tools} ${MENU_IDS.nav}`}
      onClick={toggle}
    >
      <span aria-hidden="true" className="tp-menu-button__icon">
        {open ? '✕' : '☰'}
      </span>
      {t('header.menu')}
    </button>
  );
}
