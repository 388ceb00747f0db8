'use client';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { classSearches } from '@/lib/lessons/class-tasks';
import { VERDICT_LABELS } from '@/lib/lessons/lesson-tasks';
import type { Claim } from '@/lib/schemas/lesson-teaching';
import type { StudentSheet } from '@/lib/review/student-sheet';
import { plural } from '@/lib/text/plural';
import TaskTable from './TaskTable';

const COLUMNS = [
  'Claim',
  'Searched for',
  'Where (as typed)',
  'What it says',
  'Who is behind it',
  'Supports the claim?',
];

/** Every search the class recorded, one row each; typed addresses stay plain text. */
export default function LateralReadingView({ claims, sheets }: { claims: Claim[]; sheets: readonly StudentSheet[] }) {
  const students = useMemo(() => classSearches(sheets), [sheets]);
  const claimLabel = (id: string | null) => {
    const i = claims.findIndex((c) => c.id === id);
    return i < 0 ? '' : `Claim ${i + 1}`;
  };
  const count = students.reduce((n, s) => n + s.searches.length, 0);
  return (
    <Box component="section" aria-labelledby="class-searches-heading" sx={{ display: 'grid', gap: 2 }}>
      <Box>
        <Typography id="class-searches-heading" variant="h3" component="h2">
          Lateral reading
        </Typography>
        <Typography color="text.secondary">
          {plural(students.length, 'student')} recorded {plural(count, 'search', 'searches')}.
        </Typography>
      </Box>
      {count > 0 && (
        <TaskTable
          id="class-searches"
          caption="The class's searches"
          columns={COLUMNS}
          rows={students.flatMap(({ key, label, searches }) =>
            searches.map((s, i) => ({
              key: `${key}-${i}`,
              student: label,
              cells: [
                claimLabel(s.claimId),
                s.searchedFor,
                s.where,
                s.whatItSays,
                s.whoIsBehind,
                s.verdict ? VERDICT_LABELS[s.verdict] : '',
              ],
            })),
          )}
        />
      )}
    </Box>
  );
}
