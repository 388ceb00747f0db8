import type { Theme } from '@mui/material/styles';
import { PROJECTION_PALETTE, type ProjectionPalette } from '@/lib/present/palette';

/** The projection palette as CSS variables (`--p-text` etc.), switching with the app's theme. */
function asVars(p: ProjectionPalette): Record<string, string> {
  return {
    '--p-bg': p.background,
    '--p-surface': p.surface,
    '--p-text': p.text,
    '--p-muted': p.muted,
    '--p-accent': p.accent,
    '--p-quote': p.quote,
    '--p-anonymised': p.anonymised,
    '--p-anonymised-tint': p.anonymisedTint,
    '--p-legal': p.legal,
    '--p-answer': p.answer,
  };
}

export function projectionColors(theme: Theme) {
  return { ...asVars(PROJECTION_PALETTE.light), ...theme.applyStyles('dark', asVars(PROJECTION_PALETTE.dark)) };
}
