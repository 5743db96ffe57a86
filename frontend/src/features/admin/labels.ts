import type { Role } from '../../shared/auth/me';
import type { AdminMembership, OrganisationKind } from './api/admin';

/** The one role the members of an organisation of this kind hold (the design's kind ↔ role pairing). */
export const roleOfKind: Record<OrganisationKind, Role> = {
  PLATFORM: 'PLATFORM_ADMIN',
  GEMEENTE: 'MUNICIPALITY_OFFICER',
  REGIO: 'REGION_PROGRAMME_MANAGER',
  PROVINCIE: 'PROVINCE_ANALYST',
  WONINGCORPORATIE: 'CORPORATIE_MEDEWERKER',
  ZORGAANBIEDER: 'ZORGAANBIEDER_MEDEWERKER',
};

export const isPartner = (kind: OrganisationKind) => kind === 'WONINGCORPORATIE' || kind === 'ZORGAANBIEDER';

/** The scope of a membership by name: its region, municipality or province (a partner's region). */
export const scopeName = (m: AdminMembership) => m.municipality?.name ?? m.region?.name ?? m.province?.name ?? '';
