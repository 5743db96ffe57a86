import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useMe } from '../../shared/auth/me';
import { homePath } from '../../shared/auth/roles';
import { Loading } from '../../shared/components/Loading';

/** "/": sends each role to its own starting page. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.data) return <Loading />; // the layout shows errors of /api/me
  const target = homePath(me.data);
  if (!target) {
    return (
      <Alert type="warning">
        <Paragraph>{t('errors.noScope')}</Paragraph>
      </Alert>
    );
  }
  return <Navigate to={target} replace />;
}
