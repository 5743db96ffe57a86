import {
  Button,
  Heading1,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../shared/components/Dialog';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Field } from '../../shared/components/Field';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { type Organisation, type OrganisationKind, useOrganisations } from './api/admin';
import { AdminNav } from './components/AdminNav';
import { LoginPolicyForm } from './components/LoginPolicyForm';
import { OrganisationForm } from './components/OrganisationForm';
import './admin.css';

const kinds: OrganisationKind[] = ['PLATFORM', 'GEMEENTE', 'REGIO', 'PROVINCIE', 'WONINGCORPORATIE', 'ZORGAANBIEDER'];

/** /beheer/organisaties: every organisation in view; partners are created and changed here. */
export function OrganisationsPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('organisations.title'));
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const organisations = useOrganisations({ kind: kind || null });
  const [editing, setEditing] = useState<Organisation | 'new' | null>(null);
  const [policy, setPolicy] = useState<Organisation | null>(null);
  const scope = (o: Organisation) => (o.regions.length > 0 ? o.regions.map((r) => r.name).join(', ') : (o.municipality ?? o.region ?? o.province)?.name ?? '–');

  return (
    <div className="tp-admin">
      <AdminNav />
      <Heading1>{t('organisations.title')}</Heading1>
      <Paragraph>{t('organisations.intro')}</Paragraph>
      <div className="tp-admin-filters">
        <Field id="org-filter-kind" label={t('organisations.kind')}>
          {(props) => (
            <select {...props} value={kind} onChange={(e) => setKind(e.target.value as OrganisationKind | '')} className="utrecht-select utrecht-select--html-select">
              <option value="">{t('people.all')}</option>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Button type="button" appearance="secondary-action-button" onClick={() => setEditing('new')}>
          {t('organisations.new')}
        </Button>
      </div>
      {organisations.isPending ? (
        <Loading />
      ) : organisations.isError ? (
        <ErrorMessage error={organisations.error} />
      ) : (
        <div className="tp-table-scroll">
          <Table className="tp-table" data-testid="organisations-table">
            <TableCaption className="tp-caption">{t('organisations.caption', { count: organisations.data.total })}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('organisations.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('organisations.kind')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('organisations.kvk')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('organisations.area')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('loginPolicy.column')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('membership.action')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {organisations.data.items.map((o) => (
                <TableRow key={o.id}>
                  <TableHeaderCell scope="row">{o.name}</TableHeaderCell>
                  <TableCell>{t(`kinds.${o.kind}`)}</TableCell>
                  <TableCell>{o.kvkNumber ?? '–'}</TableCell>
                  <TableCell>{scope(o)}</TableCell>
                  <TableCell>
                    {[
                      o.secondFactorRequired ? t('loginPolicy.secondFactorShort') : null,
                      o.localLoginAllowed ? null : t('loginPolicy.noLocalShort'),
                    ]
                      .filter(Boolean)
                      .join(', ') || t('loginPolicy.standard')}
                  </TableCell>
                  <TableCell>
                    {o.allowedActions.includes('EDIT') && (
                      <Button type="button" appearance="subtle-button" onClick={() => setEditing(o)}>
                        {t('organisations.edit')}
                        <span className="tp-visually-hidden">: {o.name}</span>
                      </Button>
                    )}
                    {o.allowedActions.includes('LOGIN_POLICY') && (
                      <Button type="button" appearance="subtle-button" onClick={() => setPolicy(o)}>
                        {t('loginPolicy.edit')}
                        <span className="tp-visually-hidden">: {o.name}</span>
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {editing && (
        <Dialog title={editing === 'new' ? t('organisations.new') : t('organisations.editTitle', { name: editing.name })} onClose={() => setEditing(null)}>
          <OrganisationForm organisation={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
          <Button type="button" appearance="subtle-button" onClick={() => setEditing(null)}>
            {t('cancel')}
          </Button>
        </Dialog>
      )}
      {policy && (
        <Dialog title={t('loginPolicy.title', { name: policy.name })} onClose={() => setPolicy(null)}>
          <LoginPolicyForm organisation={policy} onDone={() => setPolicy(null)} />
          <Button type="button" appearance="subtle-button" onClick={() => setPolicy(null)}>
            {t('cancel')}
          </Button>
        </Dialog>
      )}
    </div>
  );
}
