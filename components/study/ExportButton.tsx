'use client';
import dynamic from 'next/dynamic';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Alert from '@mui/material/Alert';
import Button, { type ButtonProps } from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useState } from 'react';
import { downloadJson } from '@/lib/browser/download';
import { buildResponseFile, responseFileName } from '@/lib/exchange/response-file';
import { useStudy } from './StudyContext';

// Loaded on demand: not part of the page's first-load JavaScript.
const NameDialog = dynamic(() => import('./NameDialog'), { ssr: false });

/** "Export my answers": asks for a name the first time, then downloads the answer file. */
export default function ExportButton({
  label = 'Export my answers',
  onExported,
  ...props
}: ButtonProps & { label?: string; onExported?: () => void }) {
  const { lesson, session, path } = useStudy();
  const [asking, setAsking] = useState(false);
  const [exported, setExported] = useState<string | null>(null);

  const exportAs = (name: string) => {
    const now = new Date();
    session.recordExport(name, now);
    const data = session.getSnapshot().data;
    const fileName = responseFileName(lesson.id, name);
    downloadJson(fileName, buildResponseFile(lesson, data, name, now, path));
    setAsking(false);
    setExported(fileName);
    onExported?.();
  };

  return (
    <>
      <Button
        startIcon={<FileDownloadOutlined aria-hidden />}
        {...props}
        onClick={() => {
          const name = session.getSnapshot().data.studentName;
          if (name) exportAs(name);
          else setAsking(true);
        }}
      >
        {label}
      </Button>
      {asking && (
        <NameDialog open initialName="" submitLabel="Export" onSubmit={exportAs} onCancel={() => setAsking(false)} />
      )}
      <Snackbar
        open={exported !== null}
        autoHideDuration={12_000}
        onClose={() => setExported(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="success" variant="filled" onClose={() => setExported(null)} sx={{ maxWidth: 560 }}>
          Your answers were saved as “{exported}” in your downloads. Hand the file in the way your teacher asked.
        </Alert>
      </Snackbar>
    </>
  );
}
