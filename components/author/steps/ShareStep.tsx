'use client';
import Typography from '@mui/material/Typography';
import type { StepProps } from './types';

/** Placeholder: this step is being built on another branch (author3b). */
export default function ShareStep({ draft }: StepProps) {
  return (
    <Typography color="text.secondary">
      This step is not built yet ({draft.sections.length} sections so far).
    </Typography>
  );
}
