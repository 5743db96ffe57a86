import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useMe } from '../../shared/auth/me';
import { homePath } from '../../shared/auth/roles';
import { Loading } from '../../shared/components/Loading';
import { paths } from '../../shared/paths';

/**
 * "/": every role starts on "Mijn werk", what waits for it; the role's own overview (its region, municipality,
 * the regions or the partner page) stays in the navigation and is linked from there. An account without the scope
 * its role needs gets the warning instead.
 */
export function HomeRedirect() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data) return <Loading />; // the layout shows errors of /api/v1/me
  if (!homePath(me.data)) {
    return (
      <Alert type="warning">
        <Paragraph>{t('errors.noScope')}</Paragraph>
      </Alert>
    );
  }
  return <Navigate to={paths.myWork} replace />;
}
