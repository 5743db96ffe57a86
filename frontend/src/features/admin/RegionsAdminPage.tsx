import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../shared/auth/me';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { useAdminRegions } from './api/admin';
import { AdminNav } from './components/AdminNav';
import { NewRegionForm } from './components/RegionForms';
import { RegionMembers } from './components/RegionMembers';
import './admin.css';

/**
 * /beheer/regios: the regions in view (a regio beheerder: its own) and their members, with the actions the
 * server allows per region and per member.
 */
export function RegionsAdminPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('regions.title'));
  const regions = useAdminRegions();
  const me = useMe();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState(false);
  // A new region belongs to no existing one, so no view carries this action: the contract's rule
  // (platform beheerder only) decides whether the form is offered; the server checks it again.
  const mayCreate = me.data?.role === 'PLATFORM_ADMIN';
  return (
    <div className="tp-admin">
      <AdminNav />
      <Heading1>{t('regions.title')}</Heading1>
      <Paragraph>{t('regions.intro')}</Paragraph>
      {created && (
        <Alert type="ok" role="status" data-testid="region-created">
          <Paragraph>{t('regions.created')}</Paragraph>
        </Alert>
      )}
      {mayCreate &&
        (creating ? (
          <section className="tp-admin-section" aria-labelledby="new-region-title">
            <Heading2 id="new-region-title">{t('regions.newTitle')}</Heading2>
            <NewRegionForm
              onDone={(done) => {
                setCreating(false);
                setCreated(done);
              }}
            />
          </section>
        ) : (
          <Button
            type="button"
            appearance="secondary-action-button"
            onClick={() => {
              setCreated(false);
              setCreating(true);
            }}
          >
            {t('regions.new')}
          </Button>
        ))}
      {regions.isPending ? (
        <Loading />
      ) : regions.isError ? (
        <ErrorMessage error={regions.error} />
      ) : (
        regions.data.map((region) => <RegionMembers key={region.code} region={region} />)
      )}
    </div>
  );
}
