import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../shared/components/Loading';
import { downloadPaths, useTotals, type Figures, type PerThousand, type Totals } from '../api/demand';
import { formatCount, formatDecimal } from '../numbers';
import { ExportButtons } from '../../../shared/components/ExportButtons';

const measureKeys = ['stock', 'inflow', 'moves'] as const;
const measureLabels = { stock: 'measures.STOCK', inflow: 'measures.INFLOW', moves: 'measures.MOVES' } as const;
const WHOLE_REGION = '';

/** Totals per target group from the adopted versions, for the region or one subregion. */
export function TotalsSection({ region, year }: { region: string; year: number }) {
  const { t } = useTranslation('demand');
  const totals = useTotals(region, year);
  const [area, setArea] = useState(WHOLE_REGION);
  const selectId = useId();

  return (
    <section aria-labelledby="totals-title" data-testid="totals">
      <Heading2 id="totals-title">{t('totals.title')}</Heading2>
      {totals.isPending ? (
        <Loading />
      ) : totals.isError ? (
        <Paragraph>{t('totals.unavailable')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('totals.basis', { included: totals.data.includedMunicipalities, total: totals.data.municipalities })}
          </Paragraph>
          {totals.data.suppressedReason && <Paragraph data-testid="totals-suppressed">{t('totals.suppressed')}</Paragraph>}
          {nothingAdopted(totals.data) ? (
            <Paragraph>{t('totals.none')}</Paragraph>
          ) : (
            <>
              <AreaSelect id={selectId} totals={totals.data} value={area} onChange={setArea} />
              <AreaBasis totals={totals.data} area={area} />
              <TotalsTable totals={totals.data} area={area} />
            </>
          )}
        </>
      )}
      <ExportButtons
        label={t('totals.title')}
        path={(format) => downloadPaths.totals(region, year, format)}
        baseName={`totalen-${region}-${year}`}
        buttonLabels={{ xlsx: t('totals.exportXlsx'), csv: t('totals.exportCsv') }}
      />
    </section>
  );
}

/** No adopted figures yet: a table of zeros would only suggest there is no demand. */
const nothingAdopted = (totals: Totals) =>
  totals.rows.length === 0 ||
  (totals.includedMunicipalities === 0 &&
    totals.rows.every((row) => !row.regional || [row.regional.stock, row.regional.inflow, row.regional.moves].every((v) => !v)));

/** On how many of a deelregio's municipalities its totals rest; a deelregio without any is unknown, not 0 (issue 15). */
function AreaBasis({ totals, area }: { totals: Totals; area: string }) {
  const { t } = useTranslation('demand');
  if (area === WHOLE_REGION) return null;
  const c = totals.rows[0]?.subregions.find((s) => s.subregion.code === area)?.completeness;
  if (!c) return null;
  return (
    <Paragraph className="tp-small" data-testid="totals-area-basis" data-level={c.level}>
      {c.known === 0 ? t('totals.areaUnknown') : t('totals.areaBasis', { known: c.known, expected: c.expected })}
    </Paragraph>
  );
}

function subregionsOf(totals: Totals) {
  const seen = new Map<string, string>();
  for (const row of totals.rows) for (const s of row.subregions) seen.set(s.subregion.code, s.subregion.name);
  return [...seen].map(([code, name]) => ({ code, name }));
}

function AreaSelect({ id, totals, value, onChange }: { id: string; totals: Totals; value: string; onChange: (area: string) => void }) {
  const { t } = useTranslation('demand');
  const subregions = subregionsOf(totals);
  if (subregions.length === 0) return null;
  return (
    <div className="utrecht-form-field tp-area">
      <label htmlFor={id} className="utrecht-form-label">
        {t('totals.area')}
      </label>{' '}
      <select id={id} className="utrecht-select utrecht-select--html-select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value={WHOLE_REGION}>{t('totals.wholeRegion')}</option>
        {subregions.map((s) => (
          <option key={s.code} value={s.code}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function TotalsTable({ totals, area }: { totals: Totals; area: string }) {
  const { t, i18n } = useTranslation('demand');
  const whole = area === WHOLE_REGION;
  const areaName = whole ? t('totals.wholeRegion') : (subregionsOf(totals).find((s) => s.code === area)?.name ?? area);
  const rows = totals.rows.map((row) => {
    const figures: { [K in 'stock' | 'inflow' | 'moves']: Figures[K] | null } & { perThousand?: PerThousand | null; suppressed?: boolean } =
      whole ? row.region : (row.subregions.find((s) => s.subregion.code === area) ?? { stock: null, inflow: null, moves: null });
    return { group: row.targetGroup, figures, regional: row.regional };
  });
  // small-group protection: the area's figures are withheld from this reader (null, never shown as 0)
  const hidden = rows.some((row) => row.figures.suppressed);
  const sum = (pick: (row: (typeof rows)[number]) => number | null | undefined) =>
    rows.reduce<number | null>((total, row) => {
      const value = pick(row);
      return value === null || value === undefined ? total : (total ?? 0) + value;
    }, null);
  const num = (value: number | null | undefined) => formatCount(value, i18n.language);
  const cell = 'utrecht-table__cell utrecht-table__cell--numeric-column';
  const head = 'utrecht-table__header-cell utrecht-table__header-cell--numeric-column';

  return (
    <div className="tp-table-scroll">
      <table className="utrecht-table tp-table tp-totals" data-testid="totals-table">
        <caption className="tp-visually-hidden">{t('totals.caption', { area: areaName })}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" rowSpan={2} className="utrecht-table__header-cell">
              {t('totals.targetGroup')}
            </th>
            {measureKeys.map((m) => (
              <th key={m} scope="colgroup" colSpan={2} className="utrecht-table__header-cell tp-totals__group">
                {t(measureLabels[m])}
              </th>
            ))}
            {whole && (
              <th scope="colgroup" colSpan={3} className="utrecht-table__header-cell tp-totals__group">
                {t('totals.regional')}
              </th>
            )}
          </tr>
          <tr className="utrecht-table__row">
            {measureKeys.map((m) => [
              <th key={`${m}-abs`} scope="col" className={head}>
                {t('totals.absolute')}
              </th>,
              <th key={`${m}-pt`} scope="col" className={head}>
                {t('totals.perThousand')}
              </th>,
            ])}
            {whole &&
              measureKeys.map((m) => (
                <th key={`${m}-reg`} scope="col" className={head}>
                  {t(`measuresShort.${m === 'stock' ? 'STOCK' : m === 'inflow' ? 'INFLOW' : 'MOVES'}`)}
                </th>
              ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map(({ group, figures, regional }) => (
            <tr key={group.code} className="utrecht-table__row" data-target-group={group.code}>
              <th scope="row" className="utrecht-table__header-cell">
                {group.name}
              </th>
              {measureKeys.map((m) => [
                <td key={`${m}-abs`} className={cell}>
                  {figures.suppressed ? t('totals.hidden') : num(figures[m])}
                </td>,
                <td key={`${m}-pt`} className={cell}>
                  {figures.suppressed ? t('totals.hidden') : formatDecimal(figures.perThousand?.[m], i18n.language)}
                </td>,
              ])}
              {whole &&
                measureKeys.map((m) => (
                  <td key={`${m}-reg`} className={`${cell} tp-totals__regional`}>
                    {num(regional?.[m])}
                  </td>
                ))}
            </tr>
          ))}
        </tbody>
        <tfoot className="utrecht-table__footer">
          <tr className="utrecht-table__row tp-totals__sum">
            <th scope="row" className="utrecht-table__header-cell">
              {t('totals.total')}
            </th>
            {measureKeys.map((m) => [
              <td key={`${m}-abs`} className={cell}>
                {hidden ? t('totals.hidden') : num(sum((row) => row.figures[m]))}
              </td>,
              <td key={`${m}-pt`} className={cell} />,
            ])}
            {whole &&
              measureKeys.map((m) => (
                <td key={`${m}-reg`} className={cell}>
                  {num(sum((row) => row.regional?.[m]))}
                </td>
              ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
