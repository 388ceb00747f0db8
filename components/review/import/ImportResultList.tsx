'use client';
import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import SwapHoriz from '@mui/icons-material/SwapHoriz';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { isRejection, type ImportResult } from '@/lib/exchange/import-types';

const COLLAPSED_AFTER = 60;

function ResultIcon({ result }: { result: ImportResult }) {
  const sx = { fontSize: '1.25rem', mt: '3px' };
  if (isRejection(result)) return <ErrorOutlined aria-hidden sx={{ ...sx, color: 'error.main' }} />;
  if (result.kind === 'replaced-older') return <SwapHoriz aria-hidden sx={{ ...sx, color: 'primary.main' }} />;
  if (result.kind === 'skipped-older-duplicate')
    return <InfoOutlined aria-hidden sx={{ ...sx, color: 'text.secondary' }} />;
  return <CheckCircle aria-hidden sx={{ ...sx, color: 'success.main' }} />;
}

function ResultItem({ result }: { result: ImportResult }) {
  return (
    <Box component="li" sx={{ display: 'flex', gap: 1.25, py: 1.25, borderTop: 1, borderColor: 'divider' }}>
      <ResultIcon result={result} />
      <Box sx={{ minWidth: 0 }}>
        <Typography sx={{ fontWeight: 700, overflowWrap: 'anywhere' }}>{result.fileName}</Typography>
        <Typography sx={{ overflowWrap: 'anywhere' }}>{result.message}</Typography>
        {!isRejection(result) &&
          result.notes.map((note) => (
            <Typography key={note} color="text.secondary" variant="bodySmall" sx={{ mt: 0.5 }}>
              Note: {note}
            </Typography>
          ))}
      </Box>
    </Box>
  );
}

function Group({
  title,
  results,
  collapsed = false,
}: {
  title: string;
  results: readonly ImportResult[];
  collapsed?: boolean;
}) {
  const [open, setOpen] = useState(!collapsed);
  const [all, setAll] = useState(false);
  if (results.length === 0) return null;
  const shown = all ? results : results.slice(0, COLLAPSED_AFTER);
  const listId = `import-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <Box component="section" aria-label={title}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 0.5 }}>
        <Typography component="h3" variant="groupTitle">
          {title} ({results.length.toLocaleString('en')})
        </Typography>
        {collapsed && (
          <Button size="small" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
            {open ? 'Hide the list' : 'Show the list'}
          </Button>
        )}
      </Box>
      {open && (
        <Box component="ul" id={listId} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {shown.map((result, i) => (
            <ResultItem key={`${i}-${result.fileName}`} result={result} />
          ))}
        </Box>
      )}
      {open && results.length > shown.length && (
        <Button onClick={() => setAll(true)} sx={{ mt: 1 }}>
          Show all {results.length.toLocaleString('en')}
        </Button>
      )}
    </Box>
  );
}

/** What happened to each file of the last import: problems and notes first, each in plain words. */
export default function ImportResultList({ results }: { results: readonly ImportResult[] }) {
  const notImported = results.filter((r) => isRejection(r) || r.kind === 'skipped-older-duplicate');
  const imported = results.filter((r) => !isRejection(r) && r.kind !== 'skipped-older-duplicate');
  const worthReading = (r: ImportResult) => !isRejection(r) && (r.kind === 'replaced-older' || r.notes.length > 0);
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2.5 }}>
      <Group title="Not imported" results={notImported} />
      <Group title="Imported, with a note" results={imported.filter(worthReading)} />
      <Group title="Imported" results={imported.filter((r) => !worthReading(r))} collapsed={imported.length > 12} />
    </Box>
  );
}
