/**
 * The app's type scale: every font size outside the projected deck is a named variant here, so a
 * size changes in one place. Each variant starts from the MUI variant it refines (h1, h2, h3 or
 * body1) and keeps that variant's weight, line height and letter spacing. The projected deck sizes
 * itself in em of a viewport-based base (lib/present/layout.ts) and is not part of this scale.
 */
import type { Theme } from '@mui/material/styles';
import type { CSSProperties } from 'react';

const SERIF = 'Georgia, "Times New Roman", serif';
const OVERLINE = { textTransform: 'uppercase', letterSpacing: '0.06em' } as const;

export const TYPOGRAPHY_VARIANTS = [
  'pageTitle',
  'studyTitle',
  'presenterTitle',
  'panelTitle',
  'sectionTitle',
  'cardTitle',
  'presenterHeading',
  'presenterNotesHeading',
  'asideTitle',
  'groupTitle',
  'noticeTitle',
  'listTitle',
  'listCardTitle',
  'notesLabel',
  'lead',
  'bodyLarge',
  'legend',
  'statusLine',
  'questionTitle',
  'bodySmall',
  'note',
  'fine',
  'small',
  'badge',
  'notesText',
  'eyebrow',
  'figure',
  'reportText',
  'markableText',
] as const;

export type TypographyVariantName = (typeof TYPOGRAPHY_VARIANTS)[number];

/** Builds the variants from a theme that already has the base ones (and the breakpoints). */
export function typographyVariants({
  typography: t,
  breakpoints,
}: Theme): Record<TypographyVariantName, CSSProperties> {
  const sm = breakpoints.up('sm');
  const responsive = (xs: string, fromSm: string) => ({ fontSize: xs, [sm]: { fontSize: fromSm } });
  return {
    // Page titles (h1)
    pageTitle: { ...t.h1, ...responsive('1.9rem', '2.25rem') },
    studyTitle: { ...t.h1, ...responsive('1.45rem', '1.9rem') },
    presenterTitle: { ...t.h1, fontSize: '1.4rem' },
    // Section headings (h2)
    panelTitle: { ...t.h2, ...responsive('1.4rem', '1.6rem') },
    sectionTitle: { ...t.h2, fontSize: '1.3rem' },
    cardTitle: { ...t.h2, fontSize: '1.35rem' },
    presenterHeading: { ...t.h2, fontSize: '1.05rem' },
    presenterNotesHeading: { ...t.h2, fontSize: '1.2rem' },
    // Smaller headings (h3)
    asideTitle: { ...t.h3, fontSize: '1.05rem' },
    groupTitle: { ...t.h3, fontSize: '1.1rem' },
    noticeTitle: { ...t.h3, fontSize: '1.15rem' },
    listTitle: { ...t.h3, fontSize: '1.2rem' },
    listCardTitle: { ...t.h3, fontSize: '1.3rem' },
    notesLabel: { ...t.h3, fontSize: '1rem', ...OVERLINE },
    // Running text (body1)
    lead: { ...t.body1, fontSize: '1.15rem' },
    bodyLarge: { ...t.body1, fontSize: '1.1rem' },
    legend: { ...t.body1, fontSize: '1.1rem', fontWeight: 600 },
    statusLine: { ...t.body1, fontSize: '1.05rem', fontWeight: 700 },
    questionTitle: { ...t.body1, fontSize: '1rem', fontWeight: 800 },
    bodySmall: { ...t.body1, fontSize: '0.95rem' },
    note: { ...t.body1, fontSize: '0.9rem' },
    fine: { ...t.body1, fontSize: '0.875rem' },
    small: { ...t.body1, fontSize: '0.85rem' },
    badge: { ...t.body1, fontSize: '0.8rem' },
    notesText: { ...t.body1, fontSize: '1.05rem', lineHeight: 1.55 },
    eyebrow: { ...t.body1, fontSize: '0.85rem', fontWeight: 700, ...OVERLINE },
    figure: { ...t.body1, fontSize: '1.6rem', fontWeight: 700, lineHeight: 1.2 },
    // The report's own words, set apart in a serif
    reportText: { ...t.body1, fontFamily: SERIF, lineHeight: 1.7, ...responsive('1.1rem', '1.2rem') },
    markableText: { ...t.body1, fontFamily: SERIF, lineHeight: 1.9, ...responsive('1.05rem', '1.15rem') },
  };
}

/** The element each variant renders when no `component` is given, as its base variant would. */
export const VARIANT_ELEMENTS: Record<TypographyVariantName, string> = {
  pageTitle: 'h1',
  studyTitle: 'h1',
  presenterTitle: 'h1',
  panelTitle: 'h2',
  sectionTitle: 'h2',
  cardTitle: 'h2',
  presenterHeading: 'h2',
  presenterNotesHeading: 'h2',
  asideTitle: 'h3',
  groupTitle: 'h3',
  noticeTitle: 'h3',
  listTitle: 'h3',
  listCardTitle: 'h3',
  notesLabel: 'h3',
  lead: 'p',
  bodyLarge: 'p',
  legend: 'p',
  statusLine: 'p',
  questionTitle: 'p',
  bodySmall: 'p',
  note: 'p',
  fine: 'p',
  small: 'p',
  badge: 'span',
  notesText: 'p',
  eyebrow: 'p',
  figure: 'p',
  reportText: 'p',
  markableText: 'p',
};
