import { toApiError } from './problem';
import { refreshTokens } from '../auth/authApi';
import { tokenStore } from '../auth/tokenStore';

function authorised(): RequestInit {
  const token = tokenStore.accessToken();
  return { headers: token ? { Authorization: `Bearer ${token}` } : {} };
}

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
 * Downloads an API file (export, template) with the bearer token: a plain link cannot send it.
 * Refreshes the tokens once on 401, like apiFetch.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  let response = await fetch(path, authorised());
  if (response.status === 401 && (await refreshTokens())) response = await fetch(path, authorised());
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
