'use client';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { formatBytes } from '@/lib/review/format';
import { MAX_ANSWER_FILE_BYTES } from '@/lib/review/limits';
import { visuallyHidden } from '@mui/utils';

type Props = { busy: boolean; onFiles(files: File[]): void };

/** Where the teacher drops the class's answer files (or a .zip of them), or picks them. */
export default function FileDropZone({ busy, onFiles }: Props) {
  const [over, setOver] = useState(false);
  const hintId = useId();
  return (
    <Box
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles([...e.dataTransfer.files]);
      }}
      sx={{
        border: 2,
        borderStyle: 'dashed',
        borderColor: over ? 'primary.main' : 'divider',
        bgcolor: over ? 'action.selected' : 'background.paper',
        borderRadius: 2,
        p: { xs: 2.5, sm: 4 },
        textAlign: 'center',
        display: 'grid',
        justifyItems: 'center',
        gap: 1.5,
        transition: 'background-color 120ms, border-color 120ms',
      }}
    >
      <UploadFileOutlined aria-hidden color="primary" sx={{ fontSize: 44 }} />
      <Typography variant="lead" sx={{ fontWeight: 700 }}>
        Drop all the answer files here
      </Typography>
      <Typography id={hintId} color="text.secondary" sx={{ maxWidth: '52ch' }}>
        The .json files from &ldquo;Export my answers&rdquo;, or a .zip of them. Up to{' '}
        {formatBytes(MAX_ANSWER_FILE_BYTES)} per file. The files are read in this browser and never uploaded.
      </Typography>
      <Button
        component="label"
        role={undefined}
        tabIndex={-1}
        variant="contained"
        disabled={busy}
        startIcon={<UploadFileOutlined aria-hidden />}
        sx={{ '&:focus-within': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 3 } }}
      >
        Choose files
        <Box
          component="input"
          type="file"
          multiple
          accept=".json,.zip,application/json,application/zip"
          aria-describedby={hintId}
          disabled={busy}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => {
            onFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
          sx={visuallyHidden}
        />
      </Button>
    </Box>
  );
}
