import { toApiError } from './problem';
import { refreshSession } from '../auth/authApi';
import { withSession } from './client';

/** The file name from Content-Disposition (RFC 6266, also the filename* form), if any. */
export function fileNameOf(contentDisposition: string | null): string | null {
  if (!contentDisposition) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8'[^']*')?([^;]+)/i.exec(contentDisposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(contentDisposition);
  return plain ? (plain[2] ?? plain[1] ?? '').trim() || null : null;
}

/**
 * Downloads an API file (export, template) with the session's cookies, as a blob so the page can name it
 * and report a problem. Refreshes the session once on 401, like apiFetch.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  let response = await fetch(path, withSession());
  if (response.status === 401 && (await refreshSession())) response = await fetch(path, withSession());
  if (!response.ok) throw await toApiError(response);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
