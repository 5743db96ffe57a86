import i18n from '../../../shared/i18n/i18n';
import { valueText, type Place } from './DashboardMap';

const t = i18n.getFixedT('nl', 'dashboard');
const place = (value: Place['value']): Place => ({ code: 'GM0164', name: 'Hengelo', region: 'ENS', value });

describe('the map text of a value', () => {
  it('names the threshold of the answer for a hidden value, not a fixed 5', () => {
    const hidden = place({ municipality: 'GM0164', region: 'ENS', level: 'MUNICIPALITY', movesPerThousand: null, text: 'x', suppressed: true });
    expect(valueText(hidden, 10, t, 'nl')).toBe('minder dan 10 woningen (niet getoond)');
    expect(valueText(hidden, 3, i18n.getFixedT('en', 'dashboard'), 'en')).toBe('fewer than 3 homes (not shown)');
  });

  it('shows a visible value as the server words it', () => {
    const shown = place({ municipality: 'GM0164', region: 'ENS', level: 'MUNICIPALITY', movesPerThousand: '1,40', text: '1,40 per 1.000 inwoners', suppressed: false });
    expect(valueText(shown, 10, t, 'nl')).toBe('1,40 per 1.000 inwoners');
    expect(valueText(place(null), 10, t, 'nl')).toBe('geen cijfer');
  });
});
