import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useCellHistory, type Cell, type CellInput } from '../api/demand';
import { formatCount } from '../numbers';
import type { Conflict } from '../useCellSaves';
import { Dialog } from '../../../shared/components/Dialog';

interface Props {
  analysisId: number;
  conflict: Conflict;
  /** more conflicts waiting after this one */
  waiting: number;
  label: string;
  onResolve: (choice: 'mine' | 'theirs') => void;
}

type Field = 'value' | 'low' | 'high' | 'source' | 'note';
const fields: Field[] = ['value', 'low', 'high', 'source', 'note'];
const labels = { value: 'detail.value', low: 'detail.low', high: 'detail.high', source: 'detail.source', note: 'detail.note' } as const;

/**
 * Someone saved the cell after we read it (409 DEMAND_CELL_CONFLICT): show both values side by side and let
 * the user keep theirs (saved again over the other version) or take the other one. Nothing is lost silently.
 */
export function ConflictDialog({ analysisId, conflict, waiting, label, onResolve }: Props) {
  const { t, i18n } = useTranslation('demand');
  // The cell carries no author; its newest history entry does, when the server keeps one.
  const history = useCellHistory(analysisId, conflict.key);
  const actor = history.entries?.[0]?.actor;
  const show = (source: CellInput | Cell, field: Field) => {
    const value = source[field];
    if (value === null || value === undefined || value === '') return '–';
    return typeof value === 'number' ? formatCount(value, i18n.language) : value;
  };
  // The value always; range, source and note only where the two differ.
  const rows = fields.filter((field) => field === 'value' || (conflict.mine[field] ?? null) !== (conflict.current[field] ?? null));

  return (
    // Escape does not close it: the user has to choose, or one of the two values would be lost unnoticed.
    <Dialog title={t('conflict.title')} onClose={() => undefined} className="tp-dialog--conflict">
      <Paragraph>{t('conflict.text', { cell: label })}</Paragraph>
      <table className="utrecht-table tp-table tp-conflict" data-testid="conflict-table">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('conflict.field')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('conflict.yours')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {actor ? t('conflict.theirsBy', { actor }) : t('conflict.theirs')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((field) => (
            <tr key={field} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {t(labels[field])}
              </th>
              <td className="utrecht-table__cell" data-testid={`mine-${field}`}>
                {show(conflict.mine, field)}
              </td>
              <td className="utrecht-table__cell" data-testid={`theirs-${field}`}>
                {show(conflict.current, field)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {waiting > 0 && <Paragraph>{t('conflict.more', { count: waiting })}</Paragraph>}
      <ButtonGroup>
        <Button appearance="primary-action-button" onClick={() => onResolve('mine')}>
          {t('conflict.keepMine')}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => onResolve('theirs')}>
          {t('conflict.takeTheirs')}
        </Button>
      </ButtonGroup>
    </Dialog>
  );
}
