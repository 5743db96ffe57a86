// Demo data for the mock backend: shaped like the real API, but invented where the seed data is not known.
const province = {
  PV20: { code: 'PV20', name: 'Groningen' },
  PV23: { code: 'PV23', name: 'Overijssel' },
  PV24: { code: 'PV24', name: 'Flevoland' },
  PV25: { code: 'PV25', name: 'Gelderland' },
  PV27: { code: 'PV27', name: 'Noord-Holland' },
  PV28: { code: 'PV28', name: 'Zuid-Holland' },
  PV31: { code: 'PV31', name: 'Limburg' },
};

const mraSubregions = {
  AMS: ['Amsterdam', ['GM0363 Amsterdam']],
  AMM: ['Amstelland-Meerlanden', ['GM0358 Aalsmeer', 'GM0362 Amstelveen', 'GM0384 Diemen', 'GM0394 Haarlemmermeer', 'GM0437 Ouder-Amstel', 'GM0451 Uithoorn']],
  ALL: ['Almere-Lelystad', ['GM0034 Almere', 'GM0995 Lelystad']],
  GV: ['Gooi en Vechtstreek', ['GM0376 Blaricum', 'GM1942 Gooise Meren', 'GM0402 Hilversum', 'GM0406 Huizen', 'GM0417 Laren', 'GM1696 Wijdemeren']],
  IJM: ['IJmond', ['GM0375 Beverwijk', 'GM0396 Heemskerk', 'GM0450 Uitgeest', 'GM0453 Velsen']],
  ZK: ['Zuid-Kennemerland', ['GM0377 Bloemendaal', 'GM0392 Haarlem', 'GM0397 Heemstede', 'GM0473 Zandvoort']],
  ZW: ['Zaanstreek-Waterland', ['GM0385 Edam-Volendam', 'GM0415 Landsmeer', 'GM0431 Oostzaan', 'GM0439 Purmerend', 'GM0852 Waterland', 'GM0880 Wormerland', 'GM0479 Zaanstad']],
};

const regionNames = {
  MRA: 'Metropoolregio Amsterdam',
  ENS: 'Regio Twente',
  GRO: 'Regio Groningen-Assen',
  HGL: 'Regio Haaglanden',
  PSL: 'Parkstad Limburg',
  GMR: 'Groene Metropoolregio Arnhem-Nijmegen',
};

const plainMembers = {
  ENS: ['PV23', ['GM0153 Enschede', 'GM0164 Hengelo', 'GM0141 Almelo', 'GM0173 Oldenzaal']],
  GRO: [
    'PV20',
    [
      'GM0014 Groningen', 'GM1969 Westerkwartier', 'GM1952 Midden-Groningen', 'GM1966 Het Hogeland', 'GM1979 Eemsdelta',
      'GM1895 Oldambt', 'GM0037 Stadskanaal', 'GM0047 Veendam', 'GM1950 Westerwolde', 'GM0765 Pekela',
    ],
  ],
  HGL: ['PV28', ['GM0518 \'s-Gravenhage', 'GM0503 Delft', 'GM0637 Zoetermeer']],
  PSL: ['PV31', ['GM0917 Heerlen', 'GM0928 Kerkrade', 'GM0882 Landgraaf']],
  GMR: ['PV25', ['GM0268 Nijmegen', 'GM0202 Arnhem']],
};

const verified = {
  GM0363: 931298,
  GM0153: 161012,
  GM0014: 238147,
  // the rest of Regio Groningen (CBS, 1 January 2025), for the allocation screens
  GM1969: 64841,
  GM1952: 61387,
  GM1966: 48178,
  GM1979: 44795,
  GM1895: 39586,
  GM0037: 32038,
  GM0047: 27687,
  GM1950: 27421,
  GM0765: 12459,
  GM0518: 566221,
  GM0917: 86832,
  GM0268: 183849,
};

function inhabitants(code, index) {
  if (verified[code]) {
    return { value: verified[code], referenceDate: '2024-01-01', source: 'CBS, bevolking op 1 januari', status: 'VERIFIED' };
  }
  return { value: code === 'GM0384' ? 32000 : 20000 + index * 1500, referenceDate: '2024-01-01', source: 'Schatting regio', status: 'APPROXIMATE' };
}

/** municipality code -> { code, name, province, inhabitants, memberships[] } */
export const municipalities = new Map();

function addMember(regionCode, entry, provinceCode, subregion, extra = {}) {
  const [code, ...rest] = entry.split(' ');
  const name = rest.join(' ');
  const existing =
    municipalities.get(code) ??
    { code, name, province: province[provinceCode], inhabitants: inhabitants(code, municipalities.size), memberships: [] };
  existing.memberships.push({
    region: { code: regionCode, name: regionNames[regionCode] },
    subregion,
    validFrom: '2023-01-01',
    validTo: null,
    confirmed: true,
    note: null,
    ...extra,
  });
  municipalities.set(code, existing);
}

for (const [subCode, [subName, entries]] of Object.entries(mraSubregions)) {
  for (const entry of entries) {
    const provinceCode = ['GM0034', 'GM0995'].includes(entry.slice(0, 6)) ? 'PV24' : 'PV27';
    const extra = entry.startsWith('GM0384') ? { confirmed: false, note: 'Deelregio nog te bevestigen' } : {};
    addMember('MRA', entry, provinceCode, { code: subCode, name: subName }, extra);
  }
}
for (const [regionCode, [provinceCode, entries]] of Object.entries(plainMembers)) {
  for (const entry of entries) addMember(regionCode, entry, provinceCode, null);
}
addMember('GMR', 'GM1955 Montferland', 'PV25', null, {
  validFrom: '2015-01-01',
  validTo: '2024-12-31',
  note: 'Uitgetreden per 1 januari 2025',
});

export const regions = Object.entries(regionNames).map(([code, name]) => ({
  code,
  name,
  subregions: code === 'MRA' ? Object.entries(mraSubregions).map(([c, [n]]) => ({ code: c, name: n })) : [],
}));

const PASSWORD = 'thuisplan-demo';
const user = (username, displayName, role, scope = {}) => ({
  username,
  displayName,
  role,
  region: null,
  municipality: null,
  province: null,
  ...scope,
});
const regionRef = (code) => ({ code, name: regionNames[code] });

export const users = [
  user('beheerder', 'Platformbeheerder', 'PLATFORM_ADMIN'),
  ...Object.keys(regionNames).map((code) =>
    user(`regio.${code.toLowerCase()}`, `Programmamanager ${code}`, 'REGION_PROGRAMME_MANAGER', { region: regionRef(code) }),
  ),
  ...[
    ['amsterdam', 'GM0363', 'MRA', 'PV27'],
    ['diemen', 'GM0384', 'MRA', 'PV27'],
    ['enschede', 'GM0153', 'ENS', 'PV23'],
    ['groningen', 'GM0014', 'GRO', 'PV20'],
    ['denhaag', 'GM0518', 'HGL', 'PV28'],
    ['heerlen', 'GM0917', 'PSL', 'PV31'],
    ['nijmegen', 'GM0268', 'GMR', 'PV25'],
  ].map(([slug, code, regionCode, provinceCode]) =>
    user(`gemeente.${slug}`, `Medewerker ${municipalities.get(code).name}`, 'MUNICIPALITY_OFFICER', {
      municipality: { code, name: municipalities.get(code).name },
      region: regionRef(regionCode),
      province: province[provinceCode],
    }),
  ),
  ...[
    ['noord-holland', 'PV27'],
    ['flevoland', 'PV24'],
    ['overijssel', 'PV23'],
    ['groningen', 'PV20'],
    ['zuid-holland', 'PV28'],
    ['limburg', 'PV31'],
    ['gelderland', 'PV25'],
  ].map(([slug, code]) =>
    user(`provincie.${slug}`, `Analist ${province[code].name}`, 'PROVINCE_ANALYST', { province: province[code] }),
  ),
].map((u) => ({ ...u, password: PASSWORD }));
