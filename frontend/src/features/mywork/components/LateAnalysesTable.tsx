import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../shared/components/AppLink';
import { formatDate } from '../../../shared/format/format';
import type { LateAnalysis } from '../api/mywork';

export type LateSortKey = 'municipality' | 'deadline' | 'daysLate';
type Sort = { key: LateSortKey; ascending: boolean };

const compare: Record<LateSortKey, (a: LateAnalysis, b: LateAnalysis) => number> = {
  municipality: (a, b) => a.municipalityName.localeCompare(b.municipalityName, 'nl') || a.year - b.year,
  deadline: (a, b) => a.deadline.localeCompare(b.deadline) || a.municipalityName.localeCompare(b.municipalityName, 'nl'),
  daysLate: (a, b) => a.daysLate - b.daysLate || a.municipalityName.localeCompare(b.municipalityName, 'nl'),
};

export function sortLate(rows: LateAnalysis[], sort: Sort): LateAnalysis[] {
  const sorted = [...rows].sort(compare[sort.key]);
  return sort.ascending ? sorted : sorted.reverse();
}

/**
 * The analyses past their deadline and not submitted, sortable by gemeente, deadline and days late (the longest
 * overdue first to begin with). `renderReminder` is where a "Herinnering sturen" action goes per row once the
 * reminder endpoint exists; without it the column is left out rather than showing a button that does nothing.
 */
export function LateAnalysesTable({ rows, renderReminder }: { rows: LateAnalysis[]; renderReminder?: (row: LateAnalysis) => ReactNode }) {
  const { t, i18n } = useTranslation('mywork');
  const [sort, setSort] = useState<Sort>({ key: 'daysLate', ascending: false });
  if (rows.length === 0) {
    return <Paragraph data-testid="late-none">{t('late.none')}</Paragraph>;
  }
  const header = (key: LateSortKey) => {
    const active = sort.key === key;
    return (
      <TableHeaderCell scope="col" aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
        <button
          type="button"
          className="tp-mywork__sort"
          onClick={() => setSort({ key, ascending: active ? !sort.ascending : key !== 'daysLate' })}
        >
          {t(`late.columns.${key}`)}
          <span aria-hidden="true">{active ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </TableHeaderCell>
    );
  };
  return (
    // on a narrow screen the table scrolls sideways inside this box, which takes the focus to scroll by keyboard
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (axe scrollable-region-focusable)
    // biome-ignore lint/a11y/useSemanticElements: the box is the table's scroll container, not a section of the page
    <div className="tp-table-scroll" tabIndex={0} role="region" aria-label={t('late.caption')}>
      <Table className="tp-table" data-testid="late-table">
        <TableCaption className="tp-visually-hidden">{t('late.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            {header('municipality')}
            <TableHeaderCell scope="col">{t('late.columns.year')}</TableHeaderCell>
            {header('deadline')}
            {header('daysLate')}
            <TableHeaderCell scope="col">{t('late.columns.state')}</TableHeaderCell>
            {renderReminder ? <TableHeaderCell scope="col">{t('late.columns.reminder')}</TableHeaderCell> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {sortLate(rows, sort).map((row) => (
            <TableRow key={`${row.municipalityCode}-${row.year}`} data-testid="late-row" data-municipality={row.municipalityCode}>
              <TableCell>
                <AppLink to={row.path}>{row.municipalityName}</AppLink>
              </TableCell>
              <TableCell>{row.year}</TableCell>
              <TableCell className="tp-nowrap">{formatDate(row.deadline, i18n.language)}</TableCell>
              <TableCell>{t('late.days', { count: row.daysLate })}</TableCell>
              <TableCell>{row.state}</TableCell>
              {renderReminder ? <TableCell>{renderReminder(row)}</TableCell> : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
