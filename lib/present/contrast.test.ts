import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from './contrast';
import { PROJECTION_PALETTE, TEXT_COLOURS } from './palette';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBeCloseTo(contrastRatio('#777777', '#ffffff'), 10);
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 10);
  });

  it('refuses a colour it cannot read', () => {
    expect(() => relativeLuminance('red')).toThrow(/#rrggbb/);
  });
});

describe('the projection palette', () => {
  for (const [scheme, palette] of Object.entries(PROJECTION_PALETTE)) {
    it(`keeps every text colour at 7:1 or more on both backgrounds (${scheme})`, () => {
      for (const colour of TEXT_COLOURS) {
        expect(contrastRatio(palette[colour], palette.background), `${colour} on background`).toBeGreaterThanOrEqual(7);
        expect(contrastRatio(palette[colour], palette.surface), `${colour} on surface`).toBeGreaterThanOrEqual(7);
      }
      for (const colour of ['text', 'quote', 'anonymised', 'legal'] as const) {
        expect(
          contrastRatio(palette[colour], palette.anonymisedTint),
          `${colour} on the anonymised tint`,
        ).toBeGreaterThanOrEqual(7);
      }
      // A correct option's letter is the background colour on the answer colour.
      expect(contrastRatio(palette.background, palette.answer)).toBeGreaterThanOrEqual(7);
    });
  }
});
