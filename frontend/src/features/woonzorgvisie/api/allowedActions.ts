import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { DocumentAction, TemplateAction } from './woonzorgvisie';

/** What the caller may start in a region's woonzorgvisie pages: a template, a document for any area or for its own gemeente. */
export type RegionAction = Extract<TemplateAction, 'CREATE_TEMPLATE'> | Extract<DocumentAction, 'CREATE_DOCUMENT' | 'CREATE_OWN_DOCUMENT'>;

export interface RegionActions {
  regionCode: string;
  allowedActions: RegionAction[];
}

export const useRegionActions = (region: string) =>
  useQuery({
    queryKey: ['woonzorgvisie', 'allowed-actions', region],
    queryFn: () => apiFetch<RegionActions>(`/api/woonzorgvisie/regions/${encodeURIComponent(region)}/allowed-actions`),
  });
