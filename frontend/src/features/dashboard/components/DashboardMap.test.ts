import i18n from '../../../shared/i18n/i18n';
import type { MapValue } from '../api/dashboard';
import { boundaries, completeness, mapValues } from '../fixtures';
import { valueText, type Place } from './DashboardMap';
import { boundariesOf, isUnknown, placesFor } from './mapPlaces';

const t = i18n.getFixedT('nl', 'dashboard');
const value = (overrides: Partial<MapValue>): MapValue => ({
  municipality: 'GM0164',
  region: 'ENS',
  regionName: 'Regio Enschede',
  province: 'PV23',
  level: 'MUNICIPALITY',
  movesPerThousand: null,
  text: 'x',
  suppressed: false,
  completeness: completeness(1, 1),
  ...overrides,
});
const place = (v: MapValue | null): Place => ({ code: 'GM0164', name: 'Hengelo', region: 'ENS', regionName: 'Regio Enschede', province: 'PV23', value: v });

describe('the map text of a value', () => {
  it('names the threshold of the answer for a hidden value, not a fixed 5', () => {
    const hidden = place(value({ suppressed: true }));
    expect(valueText(hidden, 10, t, 'nl')).toBe('minder dan 10 woningen (niet getoond)');
    expect(valueText(hidden, 3, i18n.getFixedT('en', 'dashboard'), 'en')).toBe('fewer than 3 homes (not shown)');
  });

  it('shows a visible value as the server words it', () => {
    const shown = place(value({ movesPerThousand: '1,40', text: '1,40 per 1.000 inwoners' }));
    expect(valueText(shown, 10, t, 'nl')).toBe('1,40 per 1.000 inwoners');
    expect(valueText(place(null), 10, t, 'nl')).toBe('geen cijfer');
  });

  it('calls a municipality without an adopted analysis unknown, never 0', () => {
    const unknown = place(value({ completeness: completeness(0, 1), text: 'onbekend (geen vastgestelde vraaganalyse)' }));
    expect(valueText(unknown, 5, t, 'nl')).toBe('onbekend (geen vastgestelde vraaganalyse)');
    expect(isUnknown(unknown)).toBe(true);
    // a region average over too few municipalities has no value: unknown too; over enough it is a value
    expect(isUnknown(place(value({ level: 'REGION', completeness: completeness(1, 30) })))).toBe(true);
    expect(isUnknown(place(value({ level: 'REGION', movesPerThousand: '1,2', completeness: completeness(20, 30) })))).toBe(false);
  });
});

describe('the municipalities the map draws', () => {
  it('follows the regions table (the province filter) and a region chosen on the map', () => {
    const all = placesFor(boundaries, mapValues.values, { regions: ['ENS', 'GRO', 'MRA'], region: null });
    expect(all.map((p) => p.code)).toEqual(['GM0153', 'GM0014', 'GM0363']);
    // with a province chosen the table lists fewer regions: the map shows only theirs
    const overijssel = placesFor(boundaries, mapValues.values, { regions: ['ENS'], region: null });
    expect(overijssel.map((p) => p.name)).toEqual(['Enschede']);
    const mra = placesFor(boundaries, mapValues.values, { regions: ['ENS', 'GRO', 'MRA'], region: 'MRA' });
    expect(mra.map((p) => p.name)).toEqual(['Amsterdam']);
    // and the outlines handed to the chart are those of the places shown, so it zooms to them
    expect(boundariesOf(boundaries, mra)?.features.map((f) => f.properties.code)).toEqual(['GM0363']);
  });

  it('labels each municipality with the region the server names for it', () => {
    const all = placesFor(boundaries, mapValues.values, { regions: ['ENS', 'GRO', 'MRA'], region: null });
    expect(all.find((p) => p.code === 'GM0363')?.regionName).toBe('Metropoolregio Amsterdam');
    expect(all.find((p) => p.code === 'GM0014')?.regionName).toBe('Regio Groningen');
  });
});
