'use client';
import Typography from '@mui/material/Typography';
import type { StepProps } from './types';

export default function AnalysisStep({ draft }: StepProps) {
  return (
    <Typography color="text.secondary">
      This step is not built yet ({draft.sections.length} sections so far).
    </Typography>
  );
}
