'use client';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { claimColumns } from '@/lib/lessons/class-tasks';
import { CLAIM_STATUS_LABELS } from '@/lib/lessons/lesson-tasks';
import type { Claim } from '@/lib/schemas/lesson-teaching';
import type { StudentSheet } from '@/lib/review/student-sheet';
import { plural } from '@/lib/text/plural';
import TaskTable from './TaskTable';

const COLUMNS = ['Who asserts it', 'Evidence in the text', 'How to check it', 'Status'];

/** The class's claim charts side by side: per claim, every student's row and the status counts. */
export default function ClaimChartsView({ claims, sheets }: { claims: Claim[]; sheets: readonly StudentSheet[] }) {
  const columns = useMemo(() => claimColumns(claims, sheets), [claims, sheets]);
  const charted = new Set(columns.flatMap((c) => c.rows.map((r) => r.key))).size;
  return (
    <Box component="section" aria-labelledby="class-charts-heading" sx={{ display: 'grid', gap: 3 }}>
      <Box>
        <Typography id="class-charts-heading" variant="h3" component="h2">
          Claim-and-evidence charts
        </Typography>
        <Typography color="text.secondary">
          {charted
            ? `${plural(charted, 'student')} filled in the chart. Each claim lists the class’s rows side by side.`
            : 'No student in the imported files has filled in the chart.'}
        </Typography>
      </Box>
      {charted > 0 &&
        columns.map(({ claim, rows, statuses }, i) => (
          <TaskTable
            key={claim.id}
            id={`chart-${claim.id}`}
            caption={`Claim ${i + 1}: ${claim.claim}`}
            summary={`${CLAIM_STATUS_LABELS.checked}: ${statuses.checked} · ${CLAIM_STATUS_LABELS['unverifiable-here']}: ${statuses['unverifiable-here']} · ${CLAIM_STATUS_LABELS.contradicted}: ${statuses.contradicted} · Not decided: ${statuses.undecided}`}
            columns={COLUMNS}
            rows={rows.map(({ key, label, row }) => ({
              key,
              student: label,
              cells: [row.whoAsserts, row.evidence, row.howToCheck, row.status ? CLAIM_STATUS_LABELS[row.status] : ''],
            }))}
          />
        ))}
    </Box>
  );
}
