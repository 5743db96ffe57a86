import { Button, PageHeader } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { NotificationBell } from '../../features/notifications/NotificationBell';
import type { Me } from '../auth/me';
import { scopeOf } from '../auth/roles';
import { useLogout } from '../auth/session';
import { AppLink } from '../components/AppLink';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { paths } from '../paths';
import { MENU_IDS, MenuButton, useCompactMenu } from './compactMenu';
import { MembershipSwitch } from './MembershipSwitch';

/** Site header: app name, who is signed in with which role and scope, language and logout (on a small screen under a menu button). */
export function AppHeader({ me }: { me?: Me }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const scope = me ? (scopeOf(me)?.name ?? t('header.national')) : undefined;
  const menu = useCompactMenu();
  return (
    <PageHeader className="tp-header">
      <div className="tp-header__bar">
        <AppLink to={paths.home} className="tp-header__brand">
          {/* the region's logo, when its theme sets one (src/theme, docs/theme.md); the name stays the link's text */}
          <span className="tp-header__region-logo" aria-hidden="true" />
          {t('appName')}
        </AppLink>
        {me && <MenuButton />}
        <div
          id={MENU_IDS.tools}
          className={me ? 'tp-header__tools tp-header__tools--menu' : 'tp-header__tools'}
          data-open={menu.open}
        >
          {me && (
            <div className="tp-header__user" data-testid="current-user">
              <span className="tp-visually-hidden">{t('header.userLabel')}: </span>
              <span className="tp-header__name">{me.displayName}</span>
              <span>
                <span className="tp-visually-hidden">{t('header.role')}: </span>
                <span data-testid="current-role">{t(`roles.${me.role}`)}</span>
                {' · '}
                <span className="tp-visually-hidden">{t('header.scope')}: </span>
                <span data-testid="current-scope">{scope}</span>
              </span>
            </div>
          )}
          {me && <NotificationBell />}
          {me && <MembershipSwitch me={me} />}
          <LanguageSwitch />
          {me && <AppLink to={paths.mySessions}>{t('header.mySessions')}</AppLink>}
          {me && <AppLink to={paths.changePassword}>{t('header.changePassword')}</AppLink>}
          {me && (
            <Button appearance="secondary-action-button" type="button" onClick={logout}>
              {t('header.logout')}
            </Button>
          )}
        </div>
      </div>
    </PageHeader>
  );
}
