import type { ParseKeys } from 'i18next';
import { currentYear, paths } from '../paths';
import type { Ref } from '../api/types';
import type { Me } from './me';
import { activeMembership } from './memberships';

/** Where "/" sends a user: the widest view their role has. Null when the account lacks its scope. */
export function homePath(me: Me): string | null {
  switch (me.role) {
    case 'PLATFORM_ADMIN':
    case 'PROVINCE_ANALYST':
      return paths.regions;
    case 'REGION_PROGRAMME_MANAGER':
      return me.region ? paths.region(me.region.code) : null;
    case 'MUNICIPALITY_OFFICER':
      return me.municipality ? paths.municipality(me.municipality.code) : null;
    case 'CORPORATIE_MEDEWERKER':
    case 'ZORGAANBIEDER_MEDEWERKER':
      return me.region ? paths.partnerHome : null;
    default:
      return null;
  }
}

export interface NavItem {
  to: string;
  label: ParseKeys<'common'>;
}

/**
 * The main navigation per role. Municipality officers get no region management, only their region's
 * adopted allocation models, its urgentieregeling and its woonzorgvisies (their own to write); the demand analysis links open the current
 * calendar year. Province analysts and admins reach those pages from a region page. The cross-region
 * dashboard is for everyone but municipality officers.
 */
export function navItems(me: Me): NavItem[] {
  const items = roleNavItems(me);
  return mayAdminister(me) ? [...items, { to: paths.adminPeople, label: 'nav.admin' }] : items;
}

/**
 * Whether "Beheer" is offered: a platform beheerder, or a programme manager whose active membership
 * manages people (regio beheerder). Only the link: what may be done there comes from the server.
 */
export function mayAdminister(me: Me): boolean {
  if (me.role === 'PLATFORM_ADMIN') return true;
  return me.role === 'REGION_PROGRAMME_MANAGER' && activeMembership(me)?.managesPeople === true;
}

function roleNavItems(me: Me): NavItem[] {
  switch (me.role) {
    case 'PLATFORM_ADMIN':
    case 'PROVINCE_ANALYST':
      return [
        { to: paths.regions, label: 'nav.regions' },
        { to: paths.dashboard(), label: 'nav.dashboard' },
      ];
    case 'REGION_PROGRAMME_MANAGER':
      return me.region
        ? [
            { to: paths.region(me.region.code), label: 'nav.myRegion' },
            { to: paths.regionDemand(me.region.code, currentYear()), label: 'nav.regionDemand' },
            { to: paths.targetGroups(me.region.code), label: 'nav.targetGroups' },
            { to: paths.allocationModels(me.region.code), label: 'nav.allocation' },
            { to: paths.urgencySchemes(me.region.code), label: 'nav.urgency' },
            { to: paths.woonzorgvisies(me.region.code), label: 'nav.woonzorgvisie' },
            { to: paths.dashboard(), label: 'nav.dashboard' },
          ]
        : [];
    case 'MUNICIPALITY_OFFICER':
      return me.municipality
        ? [
            { to: paths.municipality(me.municipality.code), label: 'nav.myMunicipality' },
            { to: paths.demand(me.municipality.code, currentYear()), label: 'nav.demand' },
            // the region's adopted allocation models: the municipality's target, realisation and swaps;
            // the region's urgentieregeling, where the municipality proposes its local deviations
            ...(me.region
              ? [
                  { to: paths.allocationModels(me.region.code), label: 'nav.allocation' as const },
                  { to: paths.urgencySchemes(me.region.code), label: 'nav.urgency' as const },
                  { to: paths.woonzorgvisies(me.region.code), label: 'nav.woonzorgvisie' as const },
                ]
              : []),
          ]
        : [];
    case 'CORPORATIE_MEDEWERKER':
    case 'ZORGAANBIEDER_MEDEWERKER':
      // what the region publishes to its partners: its adopted allocation models, urgentieregeling and
      // woonzorgvisies (the server lists only adopted versions to them); no demand analyses, no dashboard
      return me.region
        ? [
            { to: paths.partnerHome, label: 'nav.partnerHome' },
            { to: paths.allocationModels(me.region.code), label: 'nav.allocation' },
            { to: paths.urgencySchemes(me.region.code), label: 'nav.urgency' },
            { to: paths.woonzorgvisies(me.region.code), label: 'nav.woonzorgvisie' },
          ]
        : [];
    default:
      return [];
  }
}

/**
 * A partner of the region (corporatie, zorgaanbieder): reads what the region adopted and publishes to it.
 * Only for what the server offers no action for and refuses partners outright, as the urgentietoets
 * (403): a page leaves such a part out instead of showing a refusal. Buttons still come from allowedActions.
 */
export function isPartner(me: Me): boolean {
  return me.role === 'CORPORATIE_MEDEWERKER' || me.role === 'ZORGAANBIEDER_MEDEWERKER';
}

/** The organisation the user works for, shown in the header; null means national. */
export function scopeOf(me: Me): Ref | null {
  switch (me.role) {
    case 'REGION_PROGRAMME_MANAGER':
    case 'CORPORATIE_MEDEWERKER':
    case 'ZORGAANBIEDER_MEDEWERKER':
      return me.region;
    case 'MUNICIPALITY_OFFICER':
      return me.municipality;
    case 'PROVINCE_ANALYST':
      return me.province;
    default:
      return null;
  }
}

/** Municipality officers work within their own municipality: region pages are not linked for them. */
export function mayViewRegions(me: Me): boolean {
  return me.role !== 'MUNICIPALITY_OFFICER';
}
