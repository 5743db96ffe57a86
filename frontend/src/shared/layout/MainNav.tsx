import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../auth/me';
import { navItems } from '../auth/roles';
import { MENU_IDS, useCompactMenu } from './compactMenu';

export function MainNav({ me }: { me: Me }) {
  const { t } = useTranslation();
  const items = navItems(me);
  const menu = useCompactMenu();
  return (
    <nav id={MENU_IDS.nav} className="utrecht-nav-bar tp-nav" aria-label={t('nav.label')} data-open={menu.open}>
      <div className="utrecht-nav-bar__content">
        {/* biome-ignore lint/a11y/noRedundantRoles: list-style none drops the list role in Safari/VoiceOver, so it is set explicitly */}
        <ul className="utrecht-nav-list" role="list">
          {items.map((item) => (
            <li key={item.to} className="utrecht-nav-list__item">
              <NavLink to={item.to} end className="utrecht-link utrecht-nav-list__link">
                {t(item.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
