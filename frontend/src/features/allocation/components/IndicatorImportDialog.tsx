import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FileImportDialog } from '../../../shared/components/FileImportDialog';
import { formatDate, formatDecimalString } from '../../../shared/format/format';
import { allocationKeys, importIndicators } from '../api/allocation';
import { indicatorLabel } from '../labels';

/**
 * Import of indicator figures (CSV or XLSX, the simple format or a CBS StatLine export):
 * the changed values per municipality, indicator and reference date.
 */
export function IndicatorImportDialog({ region, onClose, onApplied }: { region: string; onClose: () => void; onApplied: (count: number) => void }) {
  const { t, i18n } = useTranslation('allocation');
  const num = (value: string | null) => (value === null ? '–' : formatDecimalString(value, i18n.language));
  return (
    <FileImportDialog
      upload={(file: File, dryRun: boolean) => importIndicators(region, file, dryRun)}
      texts={{
        title: t('import.title'),
        intro: (
          <>
            <Paragraph>{t('import.intro')}</Paragraph>
            <ol className="tp-formats">
              <li>
                <strong>{t('import.simpleTitle')}</strong> {t('import.simpleText')} <code>gemeentecode,indicator,peildatum,waarde,bron</code>
              </li>
              <li>
                <strong>{t('import.cbsTitle')}</strong> {t('import.cbsText')}
              </li>
            </ol>
          </>
        ),
        chooseFile: t('import.chooseFile'),
        failed: t('import.failed'),
        noChanges: (result) => t('import.noChanges', { rows: result.rows }),
        changesCount: (result) => t('import.changesCount', { count: result.changes.length, rows: result.rows }),
        changesCaption: t('import.changesCaption'),
        errorsTitle: (count) => t('import.errorsTitle', { count }),
        errorsCaption: t('import.errorsCaption'),
        row: t('import.row'),
        message: t('import.message'),
      }}
      changes={{
        key: (change) => `${change.municipality}-${change.indicator}-${change.referenceDate}`,
        columns: [
          { header: t('table.municipality'), cell: (change) => change.municipality },
          { header: t('import.indicator'), cell: (change) => indicatorLabel(change.indicator, t) },
          { header: t('import.referenceDate'), cell: (change) => formatDate(change.referenceDate, i18n.language) },
        ],
        oldValue: (change) => num(change.oldValue),
        newValue: (change) => num(change.newValue),
        newValueHeader: t('import.newValue'),
      }}
      invalidates={allocationKeys.all}
      onApplied={onApplied}
      onClose={onClose}
    />
  );
}
