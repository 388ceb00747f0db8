'use client';
import dynamic from 'next/dynamic';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import FileUploadOutlined from '@mui/icons-material/FileUploadOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import ExportButton from './ExportButton';

// Loaded on demand: not part of the page's first-load JavaScript.
const ClearAnswersDialog = dynamic(() => import('./ClearAnswersDialog'), { ssr: false });

type Props = { onImportFeedback: () => void; size?: 'small' | 'medium' | 'large'; direction?: 'row' | 'column' };

/** Export, print, import feedback and clear: available on every step. */
export default function AnswerTools({ onImportFeedback, size = 'small', direction = 'column' }: Props) {
  const [clearing, setClearing] = useState(false);
  const align = direction === 'column' ? { justifyContent: 'flex-start' } : {};
  return (
    <Stack direction={direction} spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <ExportButton variant="contained" size={size} sx={align} />
      <Button
        variant="outlined"
        size={size}
        startIcon={<PrintOutlined aria-hidden />}
        onClick={() => window.print()}
        sx={align}
      >
        Print my answers
      </Button>
      <Button
        variant="outlined"
        size={size}
        startIcon={<FileUploadOutlined aria-hidden />}
        onClick={onImportFeedback}
        sx={align}
      >
        Import teacher feedback
      </Button>
      <Button
        variant="outlined"
        color="error"
        size={size}
        startIcon={<DeleteOutline aria-hidden />}
        onClick={() => setClearing(true)}
        sx={align}
      >
        Clear my answers
      </Button>
      <ClearAnswersDialog open={clearing} onClose={() => setClearing(false)} />
    </Stack>
  );
}
