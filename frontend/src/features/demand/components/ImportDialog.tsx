import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FileImportDialog } from '../../../shared/components/FileImportDialog';
import { demandKeys, importFile, type Analysis } from '../api/demand';
import { formatCount } from '../numbers';

interface Props {
  analysis: Analysis;
  label: (cellKey: string) => string;
  onClose: () => void;
  onApplied: (count: number) => void;
}

/** Import of a filled-in template into an analysis: the changed cells, by label, with their figures. */
export function ImportDialog({ analysis, label, onClose, onApplied }: Props) {
  const { t, i18n } = useTranslation('demand');
  return (
    <FileImportDialog
      upload={(file: File, dryRun: boolean) => importFile(analysis.id, file, dryRun)}
      texts={{
        title: t('import.title'),
        intro: <Paragraph>{t('import.intro')}</Paragraph>,
        chooseFile: t('import.chooseFile'),
        failed: t('import.failed'),
        noChanges: () => t('import.noChanges'),
        changesCount: (result) => t('import.changesCount', { count: result.changes.length }),
        changesCaption: t('import.changesCaption'),
        errorsTitle: () => t('import.errorsTitle'),
        errorsCaption: t('import.errorsCaption'),
        row: t('import.row'),
        message: t('import.message'),
      }}
      changes={{
        key: (change) => change.cell,
        columns: [{ header: t('import.cell'), cell: (change) => label(change.cell) }],
        // the API sends the figures of an import as text
        oldValue: (change) => formatCount(change.oldValue === null ? null : Number(change.oldValue), i18n.language),
        newValue: (change) => formatCount(change.newValue === null ? null : Number(change.newValue), i18n.language),
        newValueHeader: t('import.newValue'),
      }}
      invalidates={demandKeys.all}
      onApplied={onApplied}
      onClose={onClose}
    />
  );
}
