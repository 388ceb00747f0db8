'use client';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import type { StudentSheet } from '@/lib/review/student-sheet';
import type { ClassFeedback } from '@/lib/schemas/review';
import { lessonTasks } from '@/lib/lessons/lesson-tasks';
import { useReview } from '../ReviewContext';
import ClaimChartsView from './ClaimChartsView';
import ExitTicketSummary from './ExitTicketSummary';
import LateralReadingView from './LateralReadingView';

/** The review's "Charts and tasks" view: the class's claim charts, lateral reading and exit ticket. */
export default function ClassTasksPanel({
  sheets,
  feedback,
}: {
  sheets: readonly StudentSheet[];
  feedback: ClassFeedback;
}) {
  const { index } = useReview();
  const { lesson } = index;
  const tasks = lessonTasks(lesson);
  return (
    <Box sx={{ display: 'grid', gap: 5 }}>
      {!tasks.claimChart && (
        <Alert severity="info">
          The claim-and-evidence chart and lateral reading are on the extended path; open the review on that path to see
          them.
        </Alert>
      )}
      {tasks.claimChart && <ClaimChartsView claims={lesson.claims ?? []} sheets={sheets} />}
      {tasks.lateralReading && <LateralReadingView claims={lesson.claims ?? []} sheets={sheets} />}
      <ExitTicketSummary sheets={sheets} feedback={feedback} />
    </Box>
  );
}
