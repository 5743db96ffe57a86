import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { downloadFile } from '../api/download';

interface Props {
  path: string;
  fileName: string;
  label: string;
  onError: () => void;
  onStart?: () => void;
}

/** A button that downloads an API file with the session's token (a plain link could not send it). */
export function DownloadButton({ path, fileName, label, onError, onStart }: Props) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      appearance="secondary-action-button"
      busy={busy}
      disabled={busy}
      onClick={() => {
        setBusy(true);
        onStart?.();
        downloadFile(path, fileName)
          .catch(onError)
          .finally(() => setBusy(false));
      }}
    >
      {label}
    </Button>
  );
}
