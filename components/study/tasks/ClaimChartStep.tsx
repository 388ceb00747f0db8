'use client';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import TermsHere from '@/components/lesson/TermsHere';
import { termsById } from '@/lib/lessons/glossary';
import { chartRows, CLAIM_CHART_ID, emptyChartRow, withChartRow } from '@/lib/lessons/lesson-tasks';
import StepHeading from '../StepHeading';
import { useStudy } from '../StudyContext';
import { useAnswer } from '../useAnswerSession';
import ClaimRowFields from './ClaimRowFields';

/** The claim-and-evidence chart: one row per main claim of the text, pre-filled from the lesson. */
export default function ClaimChartStep() {
  const { lesson, session } = useStudy();
  const answer = useAnswer(session, CLAIM_CHART_ID);
  const claims = lesson.claims ?? [];
  const rows = chartRows(claims, answer?.kind === 'claim-chart' ? answer : undefined);
  return (
    <section aria-labelledby="step-heading">
      <StepHeading eyebrow="The whole text">Claims and evidence</StepHeading>
      <Typography sx={{ mb: 1 }}>
        These are the text&rsquo;s main claims. For each one, write who asserts it, what evidence the text gives, and
        how you could check it. Then give it a status: checked, unverifiable here, or contradicted.
      </Typography>
      <TermsHere terms={termsById(lesson, ['g-claim', 'g-evidence'])} sx={{ mb: 2 }} />
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        &ldquo;Checked&rdquo; and &ldquo;contradicted&rdquo; need a source outside this text: the lateral-reading step
        is where you look for one. Your chart is saved as you type and is part of the file you hand in.
      </Typography>
      <Box component="ol" sx={{ p: 0, m: 0, display: 'grid', gap: 3, listStyle: 'none' }}>
        {claims.map((claim, i) => (
          <ClaimRowFields
            key={claim.id}
            claim={claim}
            number={i + 1}
            row={rows.find((r) => r.claimId === claim.id) ?? emptyChartRow(claim.id)}
            onChange={(row) =>
              session.setAnswer(CLAIM_CHART_ID, { kind: 'claim-chart', rows: withChartRow(rows, row) })
            }
          />
        ))}
      </Box>
    </section>
  );
}
