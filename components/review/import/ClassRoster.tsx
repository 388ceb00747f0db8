'use client';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { formatDateTime } from '@/lib/review/format';
import type { StudentSheet } from '@/lib/review/student-sheet';

const COLLAPSED_AFTER = 60;

/** The students loaded so far, with when each exported, and the way to start over. */
export default function ClassRoster({ sheets, onClear }: { sheets: readonly StudentSheet[]; onClear(): void }) {
  const [all, setAll] = useState(false);
  const shown = all ? sheets : sheets.slice(0, COLLAPSED_AFTER);
  return (
    <Box component="section" aria-labelledby="roster-heading">
      <Box
        sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 1 }}
      >
        <Typography id="roster-heading" component="h3" variant="groupTitle">
          Students loaded ({sheets.length.toLocaleString('en')})
        </Typography>
        <Button
          color="error"
          variant="outlined"
          startIcon={<DeleteOutlined aria-hidden />}
          onClick={onClear}
          disabled={sheets.length === 0}
        >
          Clear review data
        </Button>
      </Box>
      {sheets.length === 0 ? (
        <Typography color="text.secondary">
          No answer files yet. Your review is saved in this browser as you work.
        </Typography>
      ) : (
        <Box
          component="ul"
          sx={{
            listStyle: 'none',
            p: 0,
            m: 0,
            display: 'grid',
            gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: '1fr 1fr 1fr' },
            columnGap: 3,
          }}
        >
          {shown.map((sheet) => (
            <Box component="li" key={sheet.key} sx={{ py: 0.75, borderTop: 1, borderColor: 'divider', minWidth: 0 }}>
              <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{sheet.label}</Typography>
              <Typography color="text.secondary" variant="fine">
                Exported {formatDateTime(sheet.exportedAt)}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
      {sheets.length > shown.length && (
        <Button onClick={() => setAll(true)} sx={{ mt: 1 }}>
          Show all {sheets.length.toLocaleString('en')}
        </Button>
      )}
    </Box>
  );
}
