'use client';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import SectionQuestions from '../questions/SectionQuestions';
import type { StepProps } from './types';

/**
 * Step 4: for each section, the three source-evaluation questions drafted from the analysis (mark
 * in the text, keyed to the tagged sentences), the prompt templates, and the teacher's own choice
 * and free-text questions. Every form is checked by its zod schema as the teacher types.
 */
export default function QuestionsStep({ draft, onChange }: StepProps) {
  if (draft.sections.length === 0) {
    return (
      <Typography color="text.secondary">
        Paste the report in step 1 first: questions belong to its sections.
      </Typography>
    );
  }
  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <Typography color="text.secondary" sx={{ maxWidth: '65ch' }}>
        “Generate the source questions” drafts, from your analysis, who is quoted, who is anonymised and what is claimed
        about the law, as questions where students mark the sentences. Their key is the sentences you tagged, so it
        follows the analysis. Edit the wording, delete what you do not need, and add your own questions.
      </Typography>
      {draft.sections.map((section, i) => (
        <SectionQuestions key={section.id} draft={draft} onChange={onChange} sectionIndex={i} />
      ))}
    </Box>
  );
}
