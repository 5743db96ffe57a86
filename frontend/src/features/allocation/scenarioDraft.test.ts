import { describe, expect, it } from 'vitest';
import { inputs, preview, scenarioA } from './fixtures';
import {
  buildPreviewRequest,
  draftFromScenario,
  percentToShare,
  perThousand,
  resultFromPreview,
  sameDraft,
  scenarioInput,
  shareToPercent,
  type ScenarioDraft,
} from './scenarioDraft';

describe('the scenario draft', () => {
  it('builds the preview request from the inputs and the scenario: used indicators only, bounds per unit', () => {
    const draft: ScenarioDraft = {
      ...draftFromScenario(scenarioA),
      draagkracht: { enabled: true, indicator: 'existing_places', tenths: 15 },
      bounds: {
        GM0384: { min: '2', max: '', maxKind: 'absolute', maxPercent: '', minShare: null },
        GM0362: { min: '', max: '', maxKind: 'share', maxPercent: '12,5', minShare: null },
        GM0363: { min: 'x', max: '', maxKind: 'absolute', maxPercent: '', minShare: null },
      },
    };
    expect(buildPreviewRequest(inputs, draft)).toEqual({
      total: 120,
      method: 'LARGEST_REMAINDER',
      criteria: [
        { indicator: 'inhabitants', weight: '0.6' },
        { indicator: 'lettings', weight: '0.4' },
      ],
      draagkracht: { indicator: 'existing_places', strength: '1.5' },
      units: [
        // households is not used, so it is not sent; Amsterdam's unreadable minimum is left out
        { id: 'GM0363', indicators: { inhabitants: '931298', lettings: '7400', existing_places: '900' } },
        { id: 'GM0362', indicators: { inhabitants: '92000', lettings: '800', existing_places: '60' }, maxShare: { indicator: 'lettings', share: '0.125' } },
        { id: 'GM0384', indicators: { inhabitants: '32000', lettings: '300', existing_places: '10' }, min: 2 },
      ],
    });
  });

  it('uses the demand total when chosen', () => {
    const draft = { ...draftFromScenario(scenarioA), totalSource: 'DEMAND' as const, draagkracht: { enabled: false, indicator: 'existing_places', tenths: 10 } };
    const request = buildPreviewRequest(inputs, draft);
    expect(request.total).toBe(118);
    expect(request.draagkracht).toBeNull();
    // without a demand total the typed one counts
    expect(buildPreviewRequest({ ...inputs, demandTotal: null }, draft).total).toBe(120);
  });

  it('round-trips a stored scenario into the PUT body unchanged', () => {
    const draft = draftFromScenario(scenarioA);
    expect(scenarioInput(draft, 3)).toEqual({
      name: 'Scenario A',
      totalSource: 'ENTERED',
      total: 120,
      method: 'LARGEST_REMAINDER',
      referenceDate: '2025-01-01',
      criteria: scenarioA.criteria,
      draagkracht: null,
      bounds: scenarioA.bounds,
      lockVersion: 3,
    });
    expect(sameDraft(draft, draftFromScenario(scenarioA))).toBe(true);
    expect(sameDraft({ ...draft, criteria: [{ indicator: 'inhabitants', bp: 10000 }] }, draft)).toBe(false);
  });

  it('converts between shares and percentages exactly', () => {
    expect(percentToShare('10')).toBe('0.1');
    expect(percentToShare('12,5')).toBe('0.125');
    expect(percentToShare('100')).toBe('1');
    expect(percentToShare('0')).toBe('0');
    expect(percentToShare('101')).toBeNull();
    expect(percentToShare('abc')).toBeNull();
    expect(shareToPercent('0.10')).toBe('10');
    expect(shareToPercent('0.125')).toBe('12.5');
    expect(shareToPercent('1')).toBe('100');
    expect(shareToPercent('0.3333')).toBe('33.33');
  });

  it('computes targets per 1,000 inhabitants exactly, rounded half up', () => {
    expect(perThousand(105, '931298')).toBe('0.113');
    expect(perThousand(4, '32000')).toBe('0.125');
    expect(perThousand(1, '2000')).toBe('0.500');
    expect(perThousand(3, '0')).toBeNull();
    expect(perThousand(3, undefined)).toBeNull();
  });

  it('turns a preview into result rows with names, key quota from the steps and per-thousand', () => {
    const result = resultFromPreview(preview, inputs, scenarioA, '2025-01-01');
    expect(result.rows.map((r) => [r.municipality.name, r.target, r.keyQuota, r.perThousand])).toEqual([
      ['Amstelveen', 11, '10.60', '0.120'],
      ['Amsterdam', 105, '105.40', '0.113'],
      ['Diemen', 4, '4.00', '0.125'],
    ]);
  });
});
