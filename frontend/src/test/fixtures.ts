import type { RegionDetail, RegionSummary } from '../features/regions/api/regions';
import type { Me } from '../shared/auth/me';

const noScope = { region: null, municipality: null, province: null };
type Membership = Me['memberships'][number];

/** The one membership a fixture user acts in, as GET /api/v1/me lists it. */
const only = (membership: Omit<Membership, 'id' | 'managesPeople' | 'validFrom' | 'validTo'>) => ({
  activeMembershipId: 1,
  memberships: [{ id: 1, managesPeople: false, validFrom: '2025-01-01', validTo: null, ...membership }],
});

const mraRef = { code: 'MRA', name: 'Metropoolregio Amsterdam' };
const amsterdam = { code: 'GM0363', name: 'Amsterdam' };
const overijssel = { code: 'PV23', name: 'Overijssel' };

export const users = {
  admin: {
    username: 'beheerder',
    displayName: 'Platformbeheerder',
    role: 'PLATFORM_ADMIN',
    ...noScope,
    ...only({ organisation: { id: 1, name: 'Thuisplan platformbeheer', kind: 'PLATFORM' }, role: 'PLATFORM_ADMIN', ...noScope }),
  },
  regionManager: {
    username: 'regio.mra',
    displayName: 'Programmamanager MRA',
    role: 'REGION_PROGRAMME_MANAGER',
    ...noScope,
    region: mraRef,
    ...only({ organisation: { id: 2, name: mraRef.name, kind: 'REGIO' }, role: 'REGION_PROGRAMME_MANAGER', ...noScope, region: mraRef }),
  },
  municipalityOfficer: {
    username: 'gemeente.amsterdam',
    displayName: 'Medewerker Amsterdam',
    role: 'MUNICIPALITY_OFFICER',
    region: mraRef,
    municipality: amsterdam,
    province: { code: 'PV27', name: 'Noord-Holland' },
    ...only({
      organisation: { id: 3, name: 'Gemeente Amsterdam', kind: 'GEMEENTE' },
      role: 'MUNICIPALITY_OFFICER',
      ...noScope,
      municipality: amsterdam,
    }),
  },
  provinceAnalyst: {
    username: 'provincie.overijssel',
    displayName: 'Analist Overijssel',
    role: 'PROVINCE_ANALYST',
    ...noScope,
    province: overijssel,
    ...only({
      organisation: { id: 4, name: 'Provincie Overijssel', kind: 'PROVINCIE' },
      role: 'PROVINCE_ANALYST',
      ...noScope,
      province: overijssel,
    }),
  },
  /** one projectleider for two gemeenten (as the demo's gemeente.oost-groningen), acting for the first */
  twoMunicipalities: {
    username: 'gemeente.oost-groningen',
    displayName: 'Projectleider Oost-Groningen',
    role: 'MUNICIPALITY_OFFICER',
    region: { code: 'GRO', name: 'Regio Groningen' },
    municipality: { code: 'GM1952', name: 'Midden-Groningen' },
    province: { code: 'PV20', name: 'Groningen' },
    activeMembershipId: 11,
    memberships: [
      {
        id: 11,
        organisation: { id: 21, name: 'Gemeente Midden-Groningen', kind: 'GEMEENTE' },
        role: 'MUNICIPALITY_OFFICER',
        ...noScope,
        municipality: { code: 'GM1952', name: 'Midden-Groningen' },
        managesPeople: false,
        validFrom: '2025-01-01',
        validTo: null,
      },
      {
        id: 12,
        organisation: { id: 22, name: 'Gemeente Oldambt', kind: 'GEMEENTE' },
        role: 'MUNICIPALITY_OFFICER',
        ...noScope,
        municipality: { code: 'GM1895', name: 'Oldambt' },
        managesPeople: false,
        validFrom: '2025-01-01',
        validTo: null,
      },
      {
        id: 13,
        organisation: { id: 23, name: 'Gemeente Veendam', kind: 'GEMEENTE' },
        role: 'MUNICIPALITY_OFFICER',
        ...noScope,
        municipality: { code: 'GM0047', name: 'Veendam' },
        managesPeople: false,
        validFrom: '2024-01-01',
        validTo: '2024-12-31',
      },
    ],
  },
  corporatie: {
    username: 'corporatie.mra',
    displayName: 'Medewerker Woningcorporatie Demo (MRA)',
    role: 'CORPORATIE_MEDEWERKER',
    ...noScope,
    region: mraRef,
    ...only({
      organisation: { id: 5, name: 'Woningcorporatie Demo (MRA)', kind: 'WONINGCORPORATIE' },
      role: 'CORPORATIE_MEDEWERKER',
      ...noScope,
      region: mraRef,
    }),
  },
} satisfies Record<string, Me>;

export const regions: RegionSummary[] = [
  {
    code: 'MRA',
    name: 'Metropoolregio Amsterdam',
    municipalityCount: 30,
    provinces: [
      { code: 'PV27', name: 'Noord-Holland' },
      { code: 'PV24', name: 'Flevoland' },
    ],
  },
];

const noordHolland = { code: 'PV27', name: 'Noord-Holland' };

export const mra: RegionDetail = {
  code: 'MRA',
  name: 'Metropoolregio Amsterdam',
  subregions: [
    { code: 'AMS', name: 'Amsterdam' },
    { code: 'AMM', name: 'Amstelland-Meerlanden' },
  ],
  municipalities: [
    {
      code: 'GM0363',
      name: 'Amsterdam',
      province: noordHolland,
      subregion: { code: 'AMS', name: 'Amsterdam' },
      validFrom: '2017-01-01',
      validTo: null,
      confirmed: true,
      note: null,
      inhabitants: { value: 931298, referenceDate: '2024-01-01', source: 'CBS Kerncijfers wijken en buurten', status: 'VERIFIED' },
    },
    {
      code: 'GM0384',
      name: 'Diemen',
      province: noordHolland,
      subregion: { code: 'AMM', name: 'Amstelland-Meerlanden' },
      validFrom: '2023-01-01',
      validTo: null,
      confirmed: false,
      note: 'Deelregio nog af te stemmen',
      inhabitants: { value: 32000, referenceDate: '2024-01-01', source: 'Schatting', status: 'APPROXIMATE' },
    },
    {
      code: 'GM1955',
      name: 'Montferland',
      province: { code: 'PV25', name: 'Gelderland' },
      subregion: null,
      validFrom: '2020-01-01',
      validTo: '2024-12-31',
      confirmed: true,
      note: 'Uitgetreden per 1-1-2025',
      inhabitants: null,
    },
  ],
};
