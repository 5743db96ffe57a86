import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../shared/paths';

/** The administration's own sections; what each shows and allows is decided by the server. */
export function AdminNav() {
  const { t } = useTranslation('admin');
  const items = [
    { to: paths.adminPeople, label: t('nav.people') },
    { to: paths.adminInvite, label: t('nav.invite') },
    { to: paths.adminOrganisations, label: t('nav.organisations') },
    { to: paths.adminRegions, label: t('nav.regions') },
    { to: paths.adminAudit, label: t('nav.audit') },
  ];
  return (
    <nav aria-label={t('nav.label')} className="tp-admin-nav">
      {/* biome-ignore lint/a11y/noRedundantRoles: list-style none drops the list role in Safari/VoiceOver */}
      <ul role="list">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end className="utrecht-link">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
