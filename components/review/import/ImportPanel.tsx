'use client';
import dynamic from 'next/dynamic';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { plural } from '@/lib/text/plural';
import { importSummary } from '@/lib/exchange/import-types';
import type { StudentSheet } from '@/lib/review/student-sheet';
import type { LastImport } from '@/lib/review/review-session';
import ClassRoster from './ClassRoster';
import FileDropZone from './FileDropZone';

// Loaded on demand, when first shown: not part of the page's first-load JavaScript.
const Alert = dynamic(() => import('@mui/material/Alert'), { ssr: false });
const ClearReviewDialog = dynamic(() => import('./ClearReviewDialog'), { ssr: false });
const ImportResultList = dynamic(() => import('./ImportResultList'), {
  ssr: false,
  loading: () => <Typography color="text.secondary">Listing the files…</Typography>,
});
const LinearProgress = dynamic(() => import('@mui/material/LinearProgress'), {
  ssr: false,
  loading: () => <Box sx={{ height: 4 }} />,
});

type Props = {
  sheets: readonly StudentSheet[];
  importing: number | null;
  lastImport: LastImport | null;
  saveError: string | null;
  onFiles(files: File[]): void;
  onClear(): void;
};

/** Import: drop or pick the class's files, see what happened to each, and see who is loaded. */
export default function ImportPanel({ sheets, importing, lastImport, saveError, onFiles, onClear }: Props) {
  const [confirming, setConfirming] = useState(false);
  const status =
    importing !== null
      ? `Importing ${plural(importing, 'file')}…`
      : lastImport
        ? `Last import: ${importSummary(lastImport.results, lastImport.fileCount)}`
        : '';
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 3 }}>
      <Typography variant="panelTitle">Import answer files</Typography>
      <FileDropZone busy={importing !== null} onFiles={onFiles} />
      <Typography variant="bodySmall" color="text.secondary">
        Answer files are not signed: a student could edit or forge one. Students are told apart by the id in their file.
      </Typography>
      <Box>
        <Typography role="status" variant="statusLine">
          {status}
        </Typography>
        {importing !== null && (
          <Box sx={{ mt: 1 }}>
            <LinearProgress aria-label="Importing" />
          </Box>
        )}
      </Box>
      {saveError && <Alert severity="error">{saveError}</Alert>}
      {lastImport && (
        <Paper variant="outlined" sx={{ p: { xs: 2, sm: 2.5 } }}>
          <ImportResultList results={lastImport.results} />
        </Paper>
      )}
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 2.5 } }}>
        <ClassRoster sheets={sheets} onClear={() => setConfirming(true)} />
      </Paper>
      <ClearReviewDialog
        open={confirming}
        studentCount={sheets.length}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onClear();
        }}
      />
    </Box>
  );
}
