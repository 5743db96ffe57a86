import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import { uploadImport } from '../../../shared/api/fileImport';
import type { operations, Schemas } from '../../../shared/api/types';
import type { Session } from '../../../shared/components/SessionsTable';

export type PersonSummary = Schemas['PersonSummary'];
export type PersonDetail = Schemas['PersonDetail'];
export type PersonStatus = Schemas['PersonStatus'];
export type PersonAction = Schemas['PersonAction'];
export type AdminMembership = Schemas['MembershipView'];
export type InvitationRequest = Schemas['InvitationRequest'];
export type InvitationSent = Schemas['InvitationSent'];
export type PasswordReset = Schemas['PersonPasswordReset'];
export type Organisation = Schemas['OrganisationAdminViewsOrganisationView'];
export type OrganisationKind = Schemas['OrganisationKind'];
export type AdminRegion = Schemas['RegionAdminViewsAdminRegion'];
export type RegionMember = Schemas['RegionAdminViewsRegionMember'];
export type RegionAction = Schemas['RegionAdminAction'];
export type RegionMemberAction = Schemas['RegionMemberAction'];
export type NewRegion = Schemas['RegionAdminViewsNewRegion'];
export type NewRegionMember = Schemas['RegionAdminViewsNewMember'];
export type MemberChange = Schemas['RegionAdminViewsMemberChange'];
export type MembershipRequest = Schemas['MembershipRequest'];
export type BulkResult = Schemas['InvitationBulkResult'];
export type BulkError = Schemas['InvitationBulkError'];
export type AuditItem = Schemas['AdminAuditViewsAdminAuditItem'];

export type PeopleQuery = NonNullable<operations['listPeople']['parameters']['query']>;
export type AuditQuery = NonNullable<operations['listAdminAudit']['parameters']['query']>;
export type OrganisationsQuery = NonNullable<operations['listAdminOrganisations']['parameters']['query']>;

/** "?a=1&b=x" from the set values of a query object (empty ones left out). */
export function queryString(query: Record<string, string | number | boolean | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

const send = (method: string, body?: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: body === undefined ? undefined : JSON.stringify(body),
});

const keys = {
  people: ['admin', 'people'] as const,
  person: (id: number) => ['admin', 'people', id] as const,
  sessions: (id: number) => ['admin', 'people', id, 'sessions'] as const,
  organisations: ['admin', 'organisations'] as const,
  regions: ['admin', 'regions'] as const,
  municipalities: ['admin', 'municipalities'] as const,
  audit: ['admin', 'audit'] as const,
};

export function usePeople(query: PeopleQuery) {
  return useQuery({
    queryKey: [...keys.people, query],
    queryFn: () => apiFetch<Schemas['PersonPage']>(`/api/v1/admin/people${queryString(query)}`),
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: number) {
  return useQuery({ queryKey: keys.person(id), queryFn: () => apiFetch<PersonDetail>(`/api/v1/admin/people/${id}`) });
}

export function usePersonSessions(id: number, enabled: boolean) {
  return useQuery({
    queryKey: keys.sessions(id),
    queryFn: () => apiFetch<Session[]>(`/api/v1/admin/people/${id}/sessions`),
    enabled,
  });
}

/** A change to a person, after which the person and the list are read again. */
function usePersonMutation<V, R>(fn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.people }) });
}

/** The person's actions; each answers the new detail (or nothing). */
export function usePersonActions(id: number) {
  const base = `/api/v1/admin/people/${id}`;
  return {
    update: usePersonMutation((body: Schemas['PersonChange']) => apiFetch<PersonDetail>(base, send('PUT', body))),
    deactivate: usePersonMutation((version: number) => apiFetch<PersonDetail>(`${base}/deactivate`, send('POST', { version }))),
    activate: usePersonMutation((version: number) => apiFetch<PersonDetail>(`${base}/activate`, send('POST', { version }))),
    unlock: usePersonMutation(() => apiFetch<PersonDetail>(`${base}/unlock`, send('POST'))),
    resetPassword: usePersonMutation(() => apiFetch<PasswordReset>(`${base}/password-reset`, send('POST'))),
    resetSecondFactor: usePersonMutation(() => apiFetch<PersonDetail>(`${base}/second-factor/reset`, send('POST'))),
    inviteAgain: usePersonMutation(() => apiFetch<InvitationSent>(`${base}/invitation`, send('POST'))),
    revokeInvitation: usePersonMutation(() => apiFetch<void>(`${base}/invitation`, send('DELETE'))),
    revokeSessions: usePersonMutation(() => apiFetch<void>(`/api/v1/admin/people/${id}/sessions/revoke-all`, send('POST'))),
    addMembership: usePersonMutation((body: Schemas['MembershipRequest']) => apiFetch<AdminMembership>(`${base}/memberships`, send('POST', body))),
    changeMembership: usePersonMutation(({ membershipId, ...body }: Schemas['MembershipChange'] & { membershipId: number }) =>
      apiFetch<AdminMembership>(`/api/v1/admin/memberships/${membershipId}`, send('PUT', body)),
    ),
  };
}

export function useInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvitationRequest) => apiFetch<InvitationSent>('/api/v1/admin/invitations', send('POST', body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.people }),
  });
}

export function useOrganisations(query: OrganisationsQuery = {}) {
  return useQuery({
    queryKey: [...keys.organisations, query],
    queryFn: () => apiFetch<Schemas['OrganisationAdminViewsOrganisationPage']>(`/api/v1/admin/organisations${queryString({ limit: 200, ...query })}`),
  });
}

export function useSaveOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: number; change: Schemas['OrganisationAdminViewsOrganisationChange'] } | { id: null; create: Schemas['OrganisationAdminViewsNewOrganisation'] }) =>
      input.id === null
        ? apiFetch<Organisation>('/api/v1/admin/organisations', send('POST', input.create))
        : apiFetch<Organisation>(`/api/v1/admin/organisations/${input.id}`, send('PUT', input.change)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.organisations }),
  });
}

/** PUT /api/v1/admin/organisations/{id}/login-policy: second factor required, password login allowed; against the version. */
export function useSaveLoginPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: number; change: Schemas['OrganisationAdminViewsLoginPolicyChange'] }) =>
      apiFetch<Organisation>(`/api/v1/admin/organisations/${input.id}/login-policy`, send('PUT', input.change)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.organisations }),
  });
}

export function useAdminRegions() {
  return useQuery({ queryKey: keys.regions, queryFn: () => apiFetch<AdminRegion[]>('/api/v1/admin/regions') });
}

/** A change to regions, after which they are read again. */
function useRegionMutation<V, R>(fn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.regions }) });
}

export function useCreateRegion() {
  return useRegionMutation((body: NewRegion) => apiFetch<AdminRegion>('/api/v1/admin/regions', send('POST', body)));
}

export function useAddRegionMember(region: string) {
  return useRegionMutation((body: NewRegionMember) =>
    apiFetch<RegionMember>(`/api/v1/admin/regions/${encodeURIComponent(region)}/members`, send('POST', body)),
  );
}

export function useAddSubregion(region: string) {
  return useRegionMutation((body: Schemas['RegionAdminViewsNewSubregion']) =>
    apiFetch<Schemas['RegionAdminViewsRef']>(`/api/v1/admin/regions/${encodeURIComponent(region)}/subregions`, send('POST', body)),
  );
}

/** The municipalities the caller sees (every one for the platform beheerder), to pick a new member from. */
export function useMunicipalityChoices(enabled: boolean) {
  return useQuery({
    queryKey: keys.municipalities,
    queryFn: () => apiFetch<Schemas['RegionViewsMunicipality'][]>('/api/v1/municipalities'),
    enabled,
    staleTime: 10 * 60 * 1000,
  });
}

/** A bulk invitation file: a dry run only checks; otherwise all rows are invited, or none. */
export function useBulkInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => uploadImport<BulkResult>('/api/v1/admin/invitations/bulk', file, dryRun),
    onSuccess: (_, { dryRun }) => (dryRun ? undefined : queryClient.invalidateQueries({ queryKey: keys.people })),
  });
}

export function useChangeRegionMember(region: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ member, change }: { member: RegionMember; change: MemberChange }) =>
      apiFetch<RegionMember>(
        `/api/v1/admin/regions/${encodeURIComponent(region)}/members/${encodeURIComponent(member.municipality.code)}/${member.validFrom}`,
        send('PUT', change),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.regions }),
  });
}

export function useAudit(query: AuditQuery) {
  return useQuery({
    queryKey: [...keys.audit, query],
    queryFn: () => apiFetch<Schemas['AdminAuditViewsAdminAuditPage']>(`/api/v1/admin/audit${queryString(query)}`),
    placeholderData: keepPreviousData,
  });
}
