'use client';
import dynamic from 'next/dynamic';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Button, { type ButtonProps } from '@mui/material/Button';
import { useState } from 'react';
import { downloadJson } from '@/lib/browser/download';
import { useStudy } from './StudyContext';

// Loaded on demand: not part of the page's first-load JavaScript.
const NameDialog = dynamic(() => import('./NameDialog'), { ssr: false });
const ExportedNote = dynamic(() => import('./ExportedNote'), { ssr: false });

/** "Export my answers": asks for a name the first time, then downloads the answer file. */
export default function ExportButton({
  label = 'Export my answers',
  onExported,
  ...props
}: ButtonProps & { label?: string; onExported?: () => void }) {
  const { lesson, session, path } = useStudy();
  const [asking, setAsking] = useState(false);
  const [exported, setExported] = useState<string | null>(null);

  const exportAs = async (name: string) => {
    // Loaded on the click: building the file is not needed to show the page.
    const { buildResponseFile, responseFileName } = await import('@/lib/exchange/response-file');
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
          if (name) void exportAs(name);
          else setAsking(true);
        }}
      >
        {label}
      </Button>
      {asking && (
        <NameDialog
          open
          initialName=""
          submitLabel="Export"
          onSubmit={(name) => void exportAs(name)}
          onCancel={() => setAsking(false)}
        />
      )}
      {exported !== null && <ExportedNote fileName={exported} onClose={() => setExported(null)} />}
    </>
  );
}
