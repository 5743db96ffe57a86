import type { AdminRegion, InvitationSent, Organisation, PersonDetail } from './api/admin';

const amsterdamMembership = {
  id: 31,
  organisation: { id: 3, name: 'Gemeente Amsterdam', kind: 'GEMEENTE' as const },
  role: 'MUNICIPALITY_OFFICER' as const,
  region: null,
  municipality: { code: 'GM0363', name: 'Amsterdam' },
  province: null,
  managesPeople: false,
  validFrom: '2025-01-01',
  validTo: null,
  active: true,
  version: 0,
};

export const person: PersonDetail = {
  id: 7,
  displayName: 'Beleidsmedewerker Amsterdam',
  email: 'gemeente.amsterdam@demo.thuisplan.invalid',
  status: 'ACTIVE',
  lastLoginAt: '2026-12-07T08:00:00Z',
  locked: true,
  memberships: [amsterdamMembership],
  version: 3,
  invitation: null,
  allowedActions: ['EDIT', 'DEACTIVATE', 'UNLOCK', 'RESET_PASSWORD', 'ADD_MEMBERSHIP', 'REVOKE_SESSIONS'],
};

export const invited: PersonDetail = {
  ...person,
  id: 8,
  displayName: 'Nieuwe Collega',
  email: 'nieuw@example.org',
  status: 'INVITED',
  lastLoginAt: null,
  locked: false,
  invitation: { expiresAt: '2026-12-14T09:00:00Z', createdBy: 'beheerder' },
  allowedActions: ['INVITE_AGAIN', 'REVOKE_INVITATION'],
};

export const organisations: Organisation[] = [
  {
    id: 3,
    kind: 'GEMEENTE',
    name: 'Gemeente Amsterdam',
    kvkNumber: null,
    municipality: { code: 'GM0363', name: 'Amsterdam' },
    region: null,
    province: null,
    regions: [],
    version: 0,
    secondFactorRequired: false,
    localLoginAllowed: true,
    allowedActions: [],
  },
  {
    id: 5,
    kind: 'WONINGCORPORATIE',
    name: 'Woningcorporatie Demo (MRA)',
    kvkNumber: '00000001',
    municipality: null,
    region: null,
    province: null,
    regions: [{ code: 'MRA', name: 'Metropoolregio Amsterdam' }],
    version: 2,
    secondFactorRequired: false,
    localLoginAllowed: true,
    allowedActions: ['EDIT', 'LOGIN_POLICY'],
  },
];

export const adminRegions: AdminRegion[] = [
  {
    code: 'MRA',
    name: 'Metropoolregio Amsterdam',
    subregions: [{ code: 'AMS', name: 'Amsterdam' }],
    members: [
      {
        municipality: { code: 'GM0363', name: 'Amsterdam' },
        subregionCode: 'AMS',
        validFrom: '2017-01-01',
        validTo: null,
        confirmed: true,
        note: null,
        version: 0,
        allowedActions: ['END', 'CHANGE'],
      },
      {
        municipality: { code: 'GM0384', name: 'Diemen' },
        subregionCode: null,
        validFrom: '2023-01-01',
        validTo: null,
        confirmed: false,
        note: null,
        version: 4,
        allowedActions: ['CONFIRM', 'END', 'CHANGE'],
      },
      {
        municipality: { code: 'GM0457', name: 'Weesp' },
        subregionCode: null,
        validFrom: '2017-01-01',
        validTo: '2022-03-23',
        confirmed: true,
        note: 'opgegaan in Amsterdam',
        version: 1,
        allowedActions: ['CHANGE'],
      },
    ],
    allowedActions: ['ADD_MEMBER', 'ADD_SUBREGION'],
  },
];

/** The same region as a regio beheerder reads it: nothing to change. */
export const adminRegionsReadOnly: AdminRegion[] = adminRegions.map((r) => ({
  ...r,
  allowedActions: [],
  members: r.members.map((m) => ({ ...m, allowedActions: [] })),
}));

export const invitationNotMailed: InvitationSent = {
  person: invited,
  invitation: { expiresAt: '2026-12-14T09:00:00Z', mailed: false, link: 'http://localhost/wachtwoord/nieuw?token=abc' },
};
