'use client';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import PlainSelect from '@/components/common/PlainSelect';
import { taskLabel } from './TaskField';

/** One labelled choice of a task, where the first option ("not decided yet") stands for null. */
export default function TaskSelect({
  id,
  label,
  noneLabel,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  noneLabel: string;
  value: string | null;
  options: readonly { value: string; label: string }[];
  onChange: (value: string | null) => void;
}) {
  return (
    <Box>
      <Typography component="label" htmlFor={id} sx={taskLabel}>
        {label}
      </Typography>
      <PlainSelect id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{noneLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </PlainSelect>
    </Box>
  );
}
