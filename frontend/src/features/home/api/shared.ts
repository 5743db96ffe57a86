import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Schemas } from '../../../shared/api/types';

/**
 * What a region shares with its partners, read from the features' own list endpoints: the server
 * answers a partner with adopted versions only (drafts do not exist for it), so these lists are the
 * published documents. The home page filters on the status once more, so a page never links a concept.
 */
export type SharedModel = Schemas['AllocationViewsModelSummary'];
export type SharedScheme = Schemas['UrgencyViewsSchemeSummary'];
export type SharedDocument = Schemas['DocumentViewsDocumentSummary'];

const enc = encodeURIComponent;

export const sharedKeys = {
  models: (region: string) => ['partner', 'models', region] as const,
  schemes: (region: string) => ['partner', 'schemes', region] as const,
  documents: (region: string) => ['partner', 'documents', region] as const,
};

export const useSharedModels = (region: string) =>
  useQuery({
    queryKey: sharedKeys.models(region),
    queryFn: () => apiFetch<SharedModel[]>(`/api/v1/allocation/regions/${enc(region)}/models`),
    select: (models) => models.filter((m) => m.status === 'ADOPTED'),
  });

export const useSharedSchemes = (region: string) =>
  useQuery({
    queryKey: sharedKeys.schemes(region),
    queryFn: () => apiFetch<SharedScheme[]>(`/api/v1/urgency/regions/${enc(region)}/schemes`),
    // the newest version first; a version whose period ended shows as vervallen
    select: (schemes) => schemes.filter((s) => s.status !== 'CONCEPT').sort((a, b) => b.validFrom.localeCompare(a.validFrom)),
  });

export const useSharedDocuments = (region: string) =>
  useQuery({
    queryKey: sharedKeys.documents(region),
    queryFn: () => apiFetch<SharedDocument[]>(`/api/v1/woonzorgvisie/regions/${enc(region)}/documents`),
    select: (documents) => documents.filter((d) => d.status === 'ADOPTED'),
  });
