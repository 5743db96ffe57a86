import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/types';
import { formatDateTime } from '../format/format';

export type Session = Schemas['SessionView'];

/** A person's active sessions (a login and its refreshes), for the person and for the beheerder alike. */
export function SessionsTable({ sessions, caption }: { sessions: Session[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const when = (instant: string) => formatDateTime(instant, i18n.language);
  return (
    <div className="tp-table-scroll">
      <Table className="tp-table" data-testid="sessions-table">
        <TableCaption className="tp-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('sessions.startedAt')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('sessions.lastUsedAt')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('sessions.expiresAt')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('sessions.browser')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('sessions.current')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sessions.map((session) => (
            <TableRow key={session.sessionId} data-current={session.current}>
              <TableCell className="tp-nowrap">{when(session.startedAt)}</TableCell>
              <TableCell className="tp-nowrap">{when(session.lastUsedAt)}</TableCell>
              <TableCell className="tp-nowrap">{when(session.expiresAt)}</TableCell>
              <TableCell className="tp-break">{session.userAgent ?? t('sessions.unknownBrowser')}</TableCell>
              <TableCell>{session.current ? <strong>{t('sessions.thisSession')}</strong> : ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
