'use client';
import Typography from '@mui/material/Typography';
import PeopleList from '../analysis/PeopleList';
import SentenceAnalyser from '../analysis/SentenceAnalyser';
import type { StepProps } from './types';

/** Step 3: the people, then each sentence's voice, kind and tags, with suggestions that say why. */
export default function AnalysisStep({ draft, onChange }: StepProps) {
  if (draft.sections.length === 0) return <Typography>Paste the report in step 1 first.</Typography>;
  return (
    <>
      <PeopleList draft={draft} onChange={onChange} />
      <SentenceAnalyser draft={draft} onChange={onChange} />
    </>
  );
}
