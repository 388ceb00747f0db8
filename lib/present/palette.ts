/**
 * Projection colours. A projector washes colours out, so every text colour keeps at least 7:1
 * against every background it sits on (WCAG AAA), in both themes; contrast.test.ts checks it.
 * Evidence and answer marks never rely on colour alone: each also has its own line style and badge
 * (components/present/evidenceMarks.tsx).
 */
export type ProjectionPalette = {
  background: string;
  /** Panels on the slide (key points, the "hidden until revealed" hint) and the controls bar. */
  surface: string;
  text: string;
  muted: string;
  accent: string;
  quote: string;
  anonymised: string;
  /** The marker behind sentences about an anonymised person; running text sits on it. */
  anonymisedTint: string;
  legal: string;
  /** Key sentences and correct options once revealed. */
  answer: string;
};

export const PROJECTION_PALETTE: Record<'light' | 'dark', ProjectionPalette> = {
  light: {
    background: '#fbf9f4',
    surface: '#efeadf',
    text: '#16171b',
    muted: '#3b3f4a',
    accent: '#17457a',
    quote: '#17457a',
    anonymised: '#5a2b82',
    anonymisedTint: '#ebe2f1',
    legal: '#7d2a0c',
    answer: '#1c5630',
  },
  dark: {
    background: '#0f1115',
    surface: '#1c1f26',
    text: '#eeece6',
    muted: '#bfc3cc',
    accent: '#a9c9ff',
    quote: '#a9c9ff',
    anonymised: '#dcbcff',
    anonymisedTint: '#2c2438',
    legal: '#ffbe98',
    answer: '#98e0ae',
  },
};

/**
 * The colours used as text, each to be read on `background` and on `surface`; the text and the
 * evidence colours are also read on `anonymisedTint`, the marker behind sentences.
 */
export const TEXT_COLOURS = ['text', 'muted', 'accent', 'quote', 'anonymised', 'legal', 'answer'] as const;
