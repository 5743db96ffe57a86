import { Button, Heading3, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIso } from '../../../shared/format/format';
import type { AdminMembership, PersonDetail, usePersonActions } from '../api/admin';
import { scopeName } from '../labels';
import { AddMembershipForm } from './AddMembershipForm';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';

type Actions = ReturnType<typeof usePersonActions>;

/**
 * The person's memberships, past ones too. Ending one sets its end date (never deleted); adding and ending
 * are offered with the person's ADD_MEMBERSHIP action, the server's word on changing its memberships.
 * Below a breakpoint the table stacks each membership as a block of labelled lines (admin.css), so a
 * phone or 200% zoom shows every column without scrolling sideways.
 */
export function PersonMemberships({ person, actions }: { person: PersonDetail; actions: Actions }) {
  const { t, i18n } = useTranslation('admin');
  const [ending, setEnding] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(false);
  const mayChange = person.allowedActions.includes('ADD_MEMBERSHIP');
  const onEnd = (m: AdminMembership) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const validTo = String(new FormData(event.currentTarget).get('validTo') ?? '');
    actions.changeMembership.mutate(
      { membershipId: m.id, validTo, managesPeople: m.managesPeople, version: m.version },
      { onSuccess: () => setEnding(null) },
    );
  };
  const column = {
    role: t('membership.role'),
    scope: t('membership.scope'),
    period: t('membership.period'),
    state: t('membership.state'),
    action: t('membership.action'),
  };
  return (
    <>
      <ProblemAlert error={actions.changeMembership.error} />
      {added && (
        <p role="status" className="utrecht-paragraph" data-testid="membership-added">
          {t('addMembership.added')}
        </p>
      )}
      <div className="tp-table-scroll">
        <Table className="tp-table tp-stack-table" data-testid="memberships-table">
          <TableCaption className="tp-visually-hidden">{t('person.memberships')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('membership.organisation')}</TableHeaderCell>
              <TableHeaderCell scope="col">{column.role}</TableHeaderCell>
              <TableHeaderCell scope="col">{column.scope}</TableHeaderCell>
              <TableHeaderCell scope="col">{column.period}</TableHeaderCell>
              <TableHeaderCell scope="col">{column.state}</TableHeaderCell>
              {mayChange && <TableHeaderCell scope="col">{column.action}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {person.memberships.map((m) => (
              <TableRow key={m.id}>
                <TableHeaderCell scope="row">{m.organisation.name}</TableHeaderCell>
                <TableCell data-label={column.role}>
                  {t(`roles.${m.role}`, { ns: 'common' })}
                  {m.managesPeople ? ` (${t('membership.managesPeople')})` : ''}
                </TableCell>
                <TableCell data-label={column.scope}>{scopeName(m) || '–'}</TableCell>
                <TableCell className="tp-nowrap" data-label={column.period}>
                  {formatDate(m.validFrom, i18n.language)} – {m.validTo ? formatDate(m.validTo, i18n.language) : t('membership.open')}
                </TableCell>
                <TableCell data-label={column.state}>{m.active ? t('membership.active') : t('membership.inactive')}</TableCell>
                {mayChange && (
                  <TableCell data-label={column.action}>
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
      {mayChange &&
        (adding ? (
          <div className="tp-admin-after-table">
            <Heading3>{t('actions.ADD_MEMBERSHIP')}</Heading3>
            <AddMembershipForm
              person={person}
              actions={actions}
              onDone={(done) => {
                setAdding(false);
                setAdded(done);
              }}
            />
          </div>
        ) : (
          <Button
            type="button"
            appearance="secondary-action-button"
            className="tp-admin-after-table"
            onClick={() => {
              actions.addMembership.reset();
              setAdded(false);
              setAdding(true);
            }}
          >
            {t('actions.ADD_MEMBERSHIP')}
          </Button>
        ))}
    </>
  );
}
