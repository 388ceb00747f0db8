'use client';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { CLAIM_CATEGORY_LABELS, CLAIM_STATUS_LABELS } from '@/lib/lessons/lesson-tasks';
import { ClaimStatusSchema, isRowFilled, type ClaimChartRow } from '@/lib/schemas/answer';
import type { Claim } from '@/lib/schemas/lesson-teaching';
import KeyPoints from '../KeyPoints';
import TaskField from './TaskField';
import TaskFieldGrid from './TaskFieldGrid';
import TaskSelect from './TaskSelect';

const STATUSES = ClaimStatusSchema.options.map((s) => ({ value: s, label: CLAIM_STATUS_LABELS[s] }));

/** One claim of the chart: the claim as the lesson words it, the student's three cells and a status. */
export default function ClaimRowFields({
  claim,
  number,
  row,
  onChange,
}: {
  claim: Claim;
  number: number;
  row: ClaimChartRow;
  onChange: (row: ClaimChartRow) => void;
}) {
  const [showKey, setShowKey] = useState(false);
  const id = `chart-${claim.id}`;
  const filled = isRowFilled(row);
  return (
    <Paper component="li" variant="outlined" aria-labelledby={`${id}-claim`} sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography component="h3" variant="questionTitle" id={`${id}-claim`} sx={{ mb: 1 }}>
        Claim {number}: {claim.claim}
      </Typography>
      <Chip size="small" variant="outlined" label={CLAIM_CATEGORY_LABELS[claim.category]} sx={{ mb: 2 }} />
      <TaskFieldGrid columns={3}>
        <TaskField
          id={`${id}-who`}
          label="Who asserts it?"
          value={row.whoAsserts}
          onChange={(whoAsserts) => onChange({ ...row, whoAsserts })}
        />
        <TaskField
          id={`${id}-evidence`}
          label="What evidence does the text give?"
          value={row.evidence}
          onChange={(evidence) => onChange({ ...row, evidence })}
        />
        <TaskField
          id={`${id}-check`}
          label="How could you check it?"
          value={row.howToCheck}
          onChange={(howToCheck) => onChange({ ...row, howToCheck })}
        />
      </TaskFieldGrid>
      <Box sx={{ mt: 2, maxWidth: 320 }}>
        <TaskSelect
          id={`${id}-status`}
          label="Status"
          noneLabel="Not decided yet"
          value={row.status}
          options={STATUSES}
          onChange={(value) => {
            const status = ClaimStatusSchema.safeParse(value);
            onChange({ ...row, status: status.success ? status.data : null });
          }}
        />
      </Box>
      <Button
        variant="text"
        sx={{ mt: 1 }}
        disabled={!filled}
        aria-expanded={showKey && filled}
        onClick={() => setShowKey((v) => !v)}
      >
        {!filled ? 'Fill in the row first to compare' : showKey ? 'Hide the key' : 'Compare with the key'}
      </Button>
      {showKey && filled && (
        <KeyPoints
          heading="What the lesson notes"
          keyPoints={[
            { text: `Evidence in the text: ${claim.evidenceInText}`, sentences: [] },
            { text: `How to check: ${claim.howToCheck}`, sentences: [] },
          ]}
        />
      )}
    </Paper>
  );
}
