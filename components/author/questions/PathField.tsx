'use client';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import { type Control, Controller, type FieldPath, type FieldValues } from 'react-hook-form';

type Props<T extends FieldValues> = { control: Control<T>; name: FieldPath<T>; id: string };

/** Core (the 60-minute lesson) or extension (added on the two-lesson path). */
export default function PathField<T extends FieldValues>({ control, name, id }: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormControlLabel
          control={
            <Switch
              id={id}
              checked={field.value === 'extension'}
              onChange={(event) => field.onChange(event.target.checked ? 'extension' : 'core')}
            />
          }
          label="Extension only (the two-lesson path)"
        />
      )}
    />
  );
}
