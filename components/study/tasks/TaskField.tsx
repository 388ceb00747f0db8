'use client';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import PlainTextarea from '@/components/common/PlainTextarea';
import { MAX_CELL_LENGTH } from '@/lib/schemas/answer';

export const taskLabel = { display: 'block', mb: 0.5, fontWeight: 600 } as const;

/** One labelled cell of a task (chart row or search record): a short plain-text field saved as typed. */
export default function TaskField({
  id,
  label,
  value,
  onChange,
  describedBy,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  describedBy?: string;
}) {
  return (
    <Box>
      <Typography component="label" htmlFor={id} sx={taskLabel}>
        {label}
      </Typography>
      <PlainTextarea
        id={id}
        rows={2}
        sx={{ minHeight: 'calc(2lh + 33px)' }}
        value={value}
        maxLength={MAX_CELL_LENGTH}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value.slice(0, MAX_CELL_LENGTH))}
      />
    </Box>
  );
}
