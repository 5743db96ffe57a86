import { Alert, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from './DownloadButton';
import './dialog.css';

export type ExportFormat = 'xlsx' | 'csv' | 'pdf' | 'docx';

interface Props<F extends ExportFormat> {
  /** Accessible name of the group of buttons. */
  label: string;
  /** The API path of the file in a format. */
  path: (format: F) => string;
  /** The file name without extension. */
  baseName: string;
  /** Button texts per format; the buttons appear in this object's order. */
  buttonLabels: Record<F, string>;
}

/** The download buttons of a table or report (XLSX, CSV, PDF, DOCX), with the message shown when a download fails. */
export function ExportButtons<F extends ExportFormat>({ label, path, baseName, buttonLabels }: Props<F>) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const formats = Object.keys(buttonLabels) as F[];
  return (
    <>
      <ButtonGroup className="tp-exports" aria-label={label} role="group">
        {formats.map((format) => (
          <DownloadButton
            key={format}
            path={path(format)}
            fileName={`${baseName}.${format}`}
            label={buttonLabels[format]}
            onError={() => setFailed(true)}
            onStart={() => setFailed(false)}
          />
        ))}
      </ButtonGroup>
      {failed && (
        <Alert type="error" role="alert">
          <Paragraph>{t('downloadFailed')}</Paragraph>
        </Alert>
      )}
    </>
  );
}
