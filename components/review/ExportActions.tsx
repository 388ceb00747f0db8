'use client';
import FolderZipOutlined from '@mui/icons-material/FolderZipOutlined';
import TableChartOutlined from '@mui/icons-material/TableChartOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { downloadBlob, downloadText } from '@/lib/browser/download';
import type { ClassFeedback } from '@/lib/schemas/review';
import { buildFeedbackZip, feedbackZipName } from '@/lib/exchange/feedback-file';
import { buildGradebookCsv } from '@/lib/exchange/gradebook-csv';
import type { StudentSheet } from '@/lib/review/student-sheet';
import { useReview } from './ReviewContext';

/** Downloads the marks as a CSV for a gradebook, and every student's feedback file in one .zip. */
export default function ExportActions({
  sheets,
  feedback,
}: {
  sheets: readonly StudentSheet[];
  feedback: ClassFeedback;
}) {
  const { index } = useReview();
  const empty = sheets.length === 0;
  const exportCsv = () =>
    downloadText(`${index.lesson.id}-marks.csv`, buildGradebookCsv(index, sheets, feedback), 'text/csv');
  const exportZip = () => {
    const zip = buildFeedbackZip(index, sheets, feedback, new Date());
    downloadBlob(feedbackZipName(index.lesson.id), new Blob([new Uint8Array(zip)], { type: 'application/zip' }));
  };
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
      <Button variant="outlined" startIcon={<TableChartOutlined aria-hidden />} disabled={empty} onClick={exportCsv}>
        Export marks (CSV)
      </Button>
      <Button variant="outlined" startIcon={<FolderZipOutlined aria-hidden />} disabled={empty} onClick={exportZip}>
        All feedback files (.zip)
      </Button>
    </Box>
  );
}
