'use client';
import NavigateBefore from '@mui/icons-material/NavigateBefore';
import NavigateNext from '@mui/icons-material/NavigateNext';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import type { StudentSheet } from '@/lib/review/student-sheet';

/** Chooses the student whose sheet is shown: the class list, and previous / next. */
export default function StudentPicker({ sheets, studentKey, onChange }: { sheets: readonly StudentSheet[]; studentKey: string; onChange(key: string): void }) {
  const position = sheets.findIndex((s) => s.key === studentKey);
  const previous = sheets[position - 1];
  const next = sheets[position + 1];
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
      <TextField
        select
        label="Student"
        value={studentKey}
        onChange={(e) => onChange(e.target.value)}
        size="small"
        sx={{ flex: '1 1 16rem', minWidth: 0 }}
        slotProps={{ select: { native: true } }}
      >
        {sheets.map((sheet) => (
          <option key={sheet.key} value={sheet.key}>
            {sheet.name}
          </option>
        ))}
      </TextField>
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button variant="outlined" startIcon={<NavigateBefore aria-hidden />} disabled={!previous} onClick={() => previous && onChange(previous.key)}>
          Previous
        </Button>
        <Button variant="outlined" endIcon={<NavigateNext aria-hidden />} disabled={!next} onClick={() => next && onChange(next.key)}>
          Next
        </Button>
      </Box>
    </Box>
  );
}
