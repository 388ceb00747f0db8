'use client';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Controller, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { IDENTIFICATION_LABELS } from '@/lib/lessons/analysis';
import { KIND_LABELS, type PersonForm } from './person-form';

type Props = {
  control: Control<PersonForm>;
  register: UseFormRegister<PersonForm>;
  errors: FieldErrors<PersonForm>;
  /** Names the person in the labels, so every field on the page has its own accessible name. */
  who: string;
};

/** The fields of one person, shared by the "add" form and each person's own form. */
export default function PersonFields({ control, register, errors, who }: Props) {
  const text = (name: 'name' | 'role' | 'identificationNote', label: string) => {
    const { ref, ...field } = register(name);
    return (
      <TextField
        {...field}
        inputRef={ref}
        size="small"
        label={`${label} (${who})`}
        error={Boolean(errors[name])}
        helperText={errors[name]?.message}
        fullWidth
      />
    );
  };
  const select = (name: 'kind' | 'identification', label: string, options: Record<string, string>) => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <TextField {...field} select size="small" label={`${label} (${who})`} fullWidth>
          {Object.entries(options).map(([value, optionLabel]) => (
            <MenuItem key={value} value={value}>
              {optionLabel}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
  return (
    <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
      {text('name', 'Name')}
      {select('identification', 'Identified as', IDENTIFICATION_LABELS)}
      {select('kind', 'Kind', KIND_LABELS)}
      {text('role', 'Role in the report')}
      <Box sx={{ gridColumn: { sm: '1 / -1' } }}>{text('identificationNote', 'How the report identifies them')}</Box>
    </Box>
  );
}
