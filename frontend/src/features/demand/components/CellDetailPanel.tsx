import {
  Button,
  FormFieldTextarea,
  FormFieldTextbox,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCellHistory, type Analysis, type Cell, type CellKey } from '../api/demand';
import { formatCount, formatDateTime, parseCount } from '../numbers';
import type { CellSaves, FieldMessages } from '../useCellSaves';
import { keyed } from '../../../shared/list/keyed';

interface Props {
  analysis: Analysis;
  saves: CellSaves;
  cellKey: CellKey | null;
  canEdit: boolean;
}

/** Beside the grid: the focused cell's range, source and note (editable), its warnings and its history. */
export function CellDetailPanel({ analysis, saves, cellKey, canEdit }: Props) {
  const { t } = useTranslation('demand');
  return (
    <aside className="tp-detail" aria-labelledby="cell-detail-title" data-testid="cell-detail">
      <Heading2 id="cell-detail-title" className="tp-detail__title">
        {t('detail.title')}
      </Heading2>
      {cellKey === null ? (
        <Paragraph>{t('detail.none')}</Paragraph>
      ) : (
        // keyed: another cell starts with its own saved details
        <CellDetail key={cellKey} analysis={analysis} saves={saves} cellKey={cellKey} canEdit={canEdit} />
      )}
    </aside>
  );
}

const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));
const emptyToNull = (value: string) => (value.trim() === '' ? null : value.trim());

function CellDetail({ analysis, saves, cellKey, canEdit }: Props & { cellKey: CellKey }) {
  const { t, i18n } = useTranslation('demand');
  const cell: Cell | undefined = saves.cells.get(cellKey);
  const [low, setLow] = useState(numberText(cell?.low));
  const [high, setHigh] = useState(numberText(cell?.high));
  const [source, setSource] = useState(cell?.source ?? '');
  const [note, setNote] = useState(cell?.note ?? '');
  const [errors, setErrors] = useState<FieldMessages>({});
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldMessages = {};
    const lowParsed = parseCount(low, i18n.language);
    const highParsed = parseCount(high, i18n.language);
    if (!lowParsed.ok) found.low = t(`grid.errors.${lowParsed.error}`);
    if (!highParsed.ok) found.high = t(`grid.errors.${highParsed.error}`);
    if (lowParsed.ok && highParsed.ok && lowParsed.value !== null && highParsed.value !== null && lowParsed.value > highParsed.value) {
      found.low = t('detail.lowAboveHigh');
    }
    if (source.length > 500) found.source = t('detail.tooLong');
    if (note.length > 500) found.note = t('detail.tooLong');
    setErrors(found);
    if (Object.keys(found).length > 0 || !lowParsed.ok || !highParsed.ok) return;
    setState('saving');
    const refused = await saves.saveDetails(cellKey, {
      low: lowParsed.value,
      high: highParsed.value,
      source: emptyToNull(source),
      note: emptyToNull(note),
    });
    setErrors(refused ?? {});
    setState(refused ? 'idle' : 'saved');
  };

  const warnings = cell?.warnings ?? [];
  return (
    <>
      <Paragraph className="tp-detail__cell" data-testid="detail-cell">
        {saves.label(cellKey)}
      </Paragraph>
      <dl className="tp-detail__facts">
        <dt>{t('detail.value')}</dt>
        <dd>{cell?.value === null || cell?.value === undefined ? t('detail.empty') : formatCount(cell.value, i18n.language)}</dd>
        <dt>{t('detail.previousYear')}</dt>
        <dd>{formatCount(cell?.previousYearValue, i18n.language)}</dd>
      </dl>
      {warnings.length > 0 && (
        <div className="tp-detail__warnings">
          <Heading3>{t('detail.warnings')}</Heading3>
          <ul className="utrecht-unordered-list">
            {warnings.map((warning) => (
              <li key={warning.code} className="utrecht-unordered-list__item" data-warning={warning.code}>
                {warning.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <form className="tp-detail__form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <div className="tp-detail__range">
          <FormFieldTextbox
            label={t('detail.low')}
            value={low}
            readOnly={!canEdit}
            invalid={Boolean(errors.low)}
            errorMessage={errors.low}
            onChange={(event) => setLow((event.target as HTMLInputElement).value)}
          />
          <FormFieldTextbox
            label={t('detail.high')}
            value={high}
            readOnly={!canEdit}
            invalid={Boolean(errors.high)}
            errorMessage={errors.high}
            onChange={(event) => setHigh((event.target as HTMLInputElement).value)}
          />
        </div>
        <FormFieldTextbox
          label={t('detail.source')}
          value={source}
          readOnly={!canEdit}
          maxLength={500}
          invalid={Boolean(errors.source)}
          errorMessage={errors.source}
          onChange={(event) => setSource((event.target as HTMLInputElement).value)}
        />
        <FormFieldTextarea
          label={t('detail.note')}
          value={note}
          rows={3}
          readOnly={!canEdit}
          maxLength={500}
          invalid={Boolean(errors.note)}
          errorMessage={errors.note}
          onChange={(event) => setNote(event.target.value)}
        />
        {canEdit && (
          <Button type="submit" appearance="secondary-action-button" busy={state === 'saving'} disabled={state === 'saving'}>
            {state === 'saving' ? t('detail.saving') : t('detail.save')}
          </Button>
        )}
        <p role="status" className="utrecht-paragraph tp-detail__saved">
          {state === 'saved' ? t('detail.saved') : ''}
        </p>
      </form>
      <CellHistory analysisId={analysis.id} cellKey={cellKey} />
    </>
  );
}

/** History records a figure's range, source and note as "<cell>:low" and so on; the value as the bare cell. */
function attributeOf(field: string | null | undefined): 'low' | 'high' | 'source' | 'note' | null {
  const attribute = field?.split(':')[1];
  return attribute === 'low' || attribute === 'high' || attribute === 'source' || attribute === 'note' ? attribute : null;
}

function CellHistory({ analysisId, cellKey }: { analysisId: number; cellKey: CellKey }) {
  const { t, i18n } = useTranslation(['demand', 'common']);
  const history = useCellHistory(analysisId, cellKey);
  return (
    <section className="tp-detail__history" aria-labelledby="cell-history-title">
      <Heading3 id="cell-history-title">{t('detail.history')}</Heading3>
      {history.isPending ? (
        <Paragraph>{t('common:loading')}</Paragraph>
      ) : history.isError || !history.entries || history.entries.length === 0 ? (
        <Paragraph>{t('detail.noHistory')}</Paragraph>
      ) : (
        <>
        <ol className="tp-history" data-testid="cell-history">
          {keyed(history.entries, (entry) => `${entry.at}|${entry.action}|${entry.field ?? ''}`).map(({ key, item: entry }) => (
            <li key={key}>
              <span className="tp-history__when">{formatDateTime(entry.at, i18n.language)}</span>{' '}
              <span className="tp-history__who">{entry.actor}</span>{' '}
              <span>{t(`detail.actions.${entry.action}`)}</span>
              {attributeOf(entry.field) && <span> ({t(`detail.${attributeOf(entry.field)!}`)})</span>}
              {(entry.oldValue !== undefined || entry.newValue !== undefined) && entry.action !== 'CREATED' && (
                <>
                  {': '}
                  {t('detail.historyEntry', { oldValue: entry.oldValue ?? '–', newValue: entry.newValue ?? '–' })}
                </>
              )}{' '}
              <span className="tp-history__version">({t('detail.historyVersion', { no: entry.versionNo })})</span>
            </li>
          ))}
        </ol>
        {history.hasNextPage && (
          <Paragraph>
            <Button
              type="button"
              appearance="subtle-button"
              busy={history.isFetchingNextPage}
              disabled={history.isFetchingNextPage}
              onClick={() => void history.fetchNextPage()}
            >
              {t('detail.moreHistory', { shown: history.entries.length, total: history.total })}
            </Button>
          </Paragraph>
        )}
        </>
      )}
    </section>
  );
}
