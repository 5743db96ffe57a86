import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { securityTxtProblems } from './securityTxt';

const text = readFileSync(resolve(__dirname, '../public/.well-known/security.txt'), 'utf8');

describe('/.well-known/security.txt', () => {
  it('meets RFC 9116 today, names the address of SECURITY.md and prefers Dutch', () => {
    expect(securityTxtProblems(text, new Date())).toEqual([]);
    expect(text).toContain('Contact: mailto:security@thuisplan.example');
    expect(readFileSync(resolve(__dirname, '../../SECURITY.md'), 'utf8')).toContain('security@thuisplan.example');
    expect(text).toMatch(/^Preferred-Languages: nl, en$/m);
  });

  it('is refused once it has expired, without a contact, or with an http policy', () => {
    const broken = text.replace(/^Contact:.*$/m, '').replace('Policy: https://', 'Policy: http://');
    expect(securityTxtProblems(broken, new Date('2028-01-01T00:00:00Z'))).toEqual([
      'Contact is required',
      'Expires has passed (2027-12-01T00:00:00.000Z): move it up to a year ahead',
      'Policy must be an https:// URL: http://code.thuisplan.example.org/thuisplan/thuisplan/-/blob/main/SECURITY.md',
    ]);
  });
});
