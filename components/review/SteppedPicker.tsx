'use client';
import NavigateBefore from '@mui/icons-material/NavigateBefore';
import NavigateNext from '@mui/icons-material/NavigateNext';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useMemo } from 'react';

type Item = { key: string; label: string };
type Props = { label: string; items: readonly Item[]; value: string; onChange(key: string): void; width: string };

/**
 * A list to jump to any item, with previous / next beside it (questions, students). The old view goes
 * at once, not as a transition: a transition leaves the old view on screen and answering to clicks
 * and keys while the picker already names the new item, so a score could land on the wrong question
 * (the new view's heavy parts may follow a task later: question/useDrawnAfterSwitch.ts).
 */
export default function SteppedPicker({ label, items, value, onChange, width }: Props) {
  // The same elements from render to render: a class of a thousand is a thousand options.
  const options = useMemo(
    () =>
      items.map((item) => (
        <option key={item.key} value={item.key}>
          {item.label}
        </option>
      )),
    [items],
  );
  const position = items.findIndex((item) => item.key === value);
  const previous = items[position - 1];
  const next = items[position + 1];
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
      <TextField
        select
        label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        size="small"
        sx={{ flex: `1 1 ${width}`, minWidth: 0 }}
        slotProps={{ select: { native: true } }}
      >
        {options}
      </TextField>
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button
          variant="outlined"
          startIcon={<NavigateBefore aria-hidden />}
          disabled={!previous}
          onClick={() => previous && onChange(previous.key)}
        >
          Previous
        </Button>
        <Button
          variant="outlined"
          endIcon={<NavigateNext aria-hidden />}
          disabled={!next}
          onClick={() => next && onChange(next.key)}
        >
          Next
        </Button>
      </Box>
    </Box>
  );
}
