'use client';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Button, { type ButtonProps } from '@mui/material/Button';
import { useState } from 'react';
import { downloadJson } from '@/lib/browser/download';
import { buildResponseFile, responseFileName } from '@/lib/exchange/response-file';
import NameDialog from './NameDialog';
import { useStudy } from './StudyContext';

/** "Export my answers": asks for a name the first time, then downloads the answer file. */
export default function ExportButton({ label = 'Export my answers', onExported, ...props }: ButtonProps & { label?: string; onExported?: () => void }) {
  const { lesson, session } = useStudy();
  const [asking, setAsking] = useState(false);

  const exportAs = (name: string) => {
    session.setStudentName(name);
    const data = session.getSnapshot().data;
    downloadJson(responseFileName(lesson.id, name), buildResponseFile(lesson, data, name, new Date()));
    setAsking(false);
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
      {asking && <NameDialog open initialName="" submitLabel="Export" onSubmit={exportAs} onCancel={() => setAsking(false)} />}
    </>
  );
}
