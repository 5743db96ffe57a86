import { Alert } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { usePreview } from '../api/woonzorgvisie';
import { PartsView } from './PartsView';
import { keyed } from '../../../shared/list/keyed';

/** A preview's parts and errors; dimmed while the next one is being made. */
export function PreviewBody({ preview }: { preview: ReturnType<typeof usePreview> }) {
  const { t } = useTranslation('woonzorgvisie');
  if (preview.isPending) return <p className="tp-muted tp-small">{t('preview.loading')}</p>;
  if (preview.isError) return <p className="tp-muted tp-small">{t('preview.failed')}</p>;
  return (
    <div className={`tp-preview__body${preview.isPlaceholderData ? ' tp-stale' : ''}`} aria-busy={preview.isFetching || undefined}>
      {preview.data.errors.length > 0 && (
        <Alert type="warning" data-testid="preview-errors">
          <ul className="tp-error-list">
            {keyed(preview.data.errors, (e) => e.message).map(({ key, item: e }) => (
              <li key={key}>{e.message}</li>
            ))}
          </ul>
        </Alert>
      )}
      {preview.data.parts.length === 0 ? <p className="tp-muted tp-small">{t('preview.empty')}</p> : <PartsView parts={preview.data.parts} />}
    </div>
  );
}

