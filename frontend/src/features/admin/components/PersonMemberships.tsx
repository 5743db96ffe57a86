import { Button, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIso } from '../../../shared/format/format';
import type { AdminMembership, PersonDetail, usePersonActions } from '../api/admin';
import { scopeName } from '../labels';
import { ProblemAlert } from './ProblemAlert';

type Actions = ReturnType<typeof usePersonActions>;

/**
 * The person's memberships, past ones too. Ending one sets its end date (never deleted); offered with
 * the person's ADD_MEMBERSHIP action, the server's word on changing this person's memberships.
 */
export function PersonMemberships({ person, actions }: { person: PersonDetail; actions: Actions }) {
  const { t, i18n } = useTranslation('admin');
  const [ending, setEnding] = useState<number | null>(null);
  const mayChange = person.allowedActions.includes('ADD_MEMBERSHIP');
  const onEnd = (m: AdminMembership) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const validTo = String(new FormData(event.currentTarget).get('validTo') ?? '');
    actions.changeMembership.mutate(
      { membershipId: m.id, validTo, managesPeople: m.managesPeople, version: m.version },
      { onSuccess: () => setEnding(null) },
    );
  };
  return (
    <>
      <ProblemAlert error={actions.changeMembership.error} />
      <div className="tp-table-scroll">
        <Table className="tp-table" data-testid="memberships-table">
          <TableCaption className="tp-visually-hidden">{t('person.memberships')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('membership.organisation')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('membership.role')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('membership.scope')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('membership.period')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('membership.state')}</TableHeaderCell>
              {mayChange && <TableHeaderCell scope="col">{t('membership.action')}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {person.memberships.map((m) => (
              <TableRow key={m.id}>
                <TableHeaderCell scope="row">{m.organisation.name}</TableHeaderCell>
                <TableCell>
                  {t(`roles.${m.role}`, { ns: 'common' })}
                  {m.managesPeople ? ` (${t('membership.managesPeople')})` : ''}
                </TableCell>
                <TableCell>{scopeName(m) || '–'}</TableCell>
                <TableCell className="tp-nowrap">
                  {formatDate(m.validFrom, i18n.language)} – {m.validTo ? formatDate(m.validTo, i18n.language) : t('membership.open')}
                </TableCell>
                <TableCell>{m.active ? t('membership.active') : t('membership.inactive')}</TableCell>
                {mayChange && (
                  <TableCell>
                    {ending === m.id ? (
                      <form className="tp-admin-inline" onSubmit={onEnd(m)}>
                        <label htmlFor={`end-${m.id}`} className="utrecht-form-label">
                          {t('membership.endDate')}
                        </label>
                        <input id={`end-${m.id}`} name="validTo" type="date" required defaultValue={todayIso()} className="utrecht-textbox utrecht-textbox--html-input" />
                        <Button type="submit" appearance="primary-action-button" disabled={actions.changeMembership.isPending}>
                          {t('membership.end')}
                        </Button>
                        <Button type="button" appearance="subtle-button" onClick={() => setEnding(null)}>
                          {t('cancel')}
                        </Button>
                      </form>
                    ) : (
                      m.validTo === null && (
                        <Button type="button" appearance="secondary-action-button" onClick={() => setEnding(m.id)}>
                          {t('membership.end')}
                          <span className="tp-visually-hidden">: {m.organisation.name}</span>
                        </Button>
                      )
                    )}
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
