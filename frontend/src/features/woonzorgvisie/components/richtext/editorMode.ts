import { useCallback, useEffect, useState } from 'react';

/** How a person edits section texts: formatted (rich text) or as Markdown. */
export type EditorMode = 'rich' | 'markdown';

/**
 * Markdown stays the default until every test and guide that types into the Markdown field picks its view
 * explicitly; a person who chooses "Opmaak" keeps it.
 */
export const DEFAULT_MODE: EditorMode = 'markdown';

const storageKey = (person: string) => `thuisplan.woonzorgvisie.editorMode.${person}`;

export function storedMode(person: string): EditorMode {
  try {
    const value = localStorage.getItem(storageKey(person));
    return value === 'rich' || value === 'markdown' ? value : DEFAULT_MODE;
  } catch {
    return DEFAULT_MODE; // storage may be unavailable (private mode)
  }
}

/** The person's choice, remembered in this browser per username, so two people sharing a computer each keep theirs. */
export function useEditorMode(person: string | undefined): [EditorMode, (mode: EditorMode) => void] {
  const [mode, setMode] = useState<EditorMode>(() => (person ? storedMode(person) : DEFAULT_MODE));
  useEffect(() => {
    if (person) setMode(storedMode(person));
  }, [person]);
  const choose = useCallback(
    (next: EditorMode) => {
      setMode(next);
      if (!person) return;
      try {
        localStorage.setItem(storageKey(person), next);
      } catch {
        // the choice then lasts until the page is left
      }
    },
    [person],
  );
  return [mode, choose];
}
