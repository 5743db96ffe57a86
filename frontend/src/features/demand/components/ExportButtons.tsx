import { Alert, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from './DownloadButton';

type Format = 'xlsx' | 'csv';

interface Props {
  /** Accessible name of the group of buttons. */
  label: string;
  /** The API path of the file in a format. */
  path: (format: Format) => string;
  /** The file name without extension. */
  baseName: string;
  /** Button texts per format. */
  buttonLabels: Record<Format, string>;
}

/** The XLSX and CSV download buttons of a table, with the message shown when a download fails. */
export function ExportButtons({ label, path, baseName, buttonLabels }: Props) {
  const { t } = useTranslation('demand');
  const [failed, setFailed] = useState(false);
  return (
    <>
      <ButtonGroup className="tp-exports" aria-label={label} role="group">
        {(['xlsx', 'csv'] as const).map((format) => (
          <DownloadButton
            key={format}
            path={path(format)}
            fileName={`${baseName}.${format}`}
            label={buttonLabels[format]}
            onError={() => setFailed(true)}
          />
        ))}
      </ButtonGroup>
      {failed && (
        <Alert type="error" role="alert">
          <Paragraph>{t('entry.downloadFailed')}</Paragraph>
        </Alert>
      )}
    </>
  );
}
