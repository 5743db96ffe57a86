import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useState } from 'react';
import { apiFetch } from './client';
import { isApiError, type Problem } from './problem';
import type { Refine, Schemas } from './types';

/** The largest file the import endpoints accept. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** One problem in an imported file, by row and column (null: the row as a whole). */
export type ImportError = Schemas['DemandImportImportError'];

/** What the import endpoints answer, dry run or not: the changes, or the errors (then nothing changed). */
export type FileImportResult = Schemas['DemandFilesImportResult'] | Schemas['IndicatorServiceImportResult'];

/** A rejected import (e.g. 400/422) may list the errors in the problem body. */
type ImportProblem = Refine<Problem, { errors?: ImportError[] }>;

/** POSTs `file` as multipart form data to `path`?dryRun=…; a dry run only reports what would change. */
export function uploadImport<R>(path: string, file: File, dryRun: boolean): Promise<R> {
  const body = new FormData();
  body.append('file', file);
  return apiFetch<R>(`${path}?dryRun=${dryRun}`, { method: 'POST', body });
}

export type FileImportOutcome<R> =
  | { kind: 'checked'; result: R }
  | { kind: 'invalid'; errors: ImportError[] }
  | { kind: 'failed'; /** The backend's explanation, if it gave one. */ detail?: string };

export interface FileImportOptions<R> {
  upload: (file: File, dryRun: boolean) => Promise<R>;
  /** Queries to refetch once applied. */
  invalidates?: QueryKey;
  onApplied: (result: R) => void;
}

/**
 * The flow of an import, without its texts: choose a file, check it (dryRun=true), which yields the changes or
 * the errors, then apply (dryRun=false), all or nothing.
 */
export function useFileImport<R extends FileImportResult>({ upload, invalidates, onApplied }: FileImportOptions<R>) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<'missing' | 'tooBig' | null>(null);
  const [outcome, setOutcome] = useState<FileImportOutcome<R> | null>(null);

  const mutation = useMutation({
    mutationFn: ({ dryRun }: { dryRun: boolean }) => upload(file!, dryRun),
    onSuccess: (result, { dryRun }) => {
      if (result.errors.length > 0) setOutcome({ kind: 'invalid', errors: result.errors });
      else if (dryRun) setOutcome({ kind: 'checked', result });
      else {
        if (invalidates) void queryClient.invalidateQueries({ queryKey: invalidates });
        onApplied(result);
      }
    },
    onError: (error) => {
      const problem = isApiError(error) ? (error.problem as ImportProblem) : null;
      if (problem?.errors && problem.errors.length > 0) setOutcome({ kind: 'invalid', errors: problem.errors });
      else setOutcome({ kind: 'failed', detail: problem?.detail });
    },
  });

  return {
    fileProblem,
    outcome,
    /** What is under way, if anything. */
    busy: mutation.isPending ? (mutation.variables?.dryRun ? 'checking' : 'applying') : null,
    choose: (chosen: File | null) => {
      setFile(chosen);
      setOutcome(null);
      setFileProblem(null);
    },
    check: () => {
      if (!file) return setFileProblem('missing');
      if (file.size > MAX_IMPORT_BYTES) return setFileProblem('tooBig');
      setFileProblem(null);
      setOutcome(null);
      mutation.mutate({ dryRun: true });
    },
    apply: () => mutation.mutate({ dryRun: false }),
  };
}
