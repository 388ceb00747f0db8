'use client';
import TextField from '@mui/material/TextField';
import { type Control, Controller, type FieldPath, type FieldValues } from 'react-hook-form';

type Props<T extends FieldValues> = {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  /** The field's element id: its draft path (lib/author/draft-fields.ts), so the check can focus it. */
  id: string;
  multiline?: boolean;
  helperText?: string;
};

/** One text field of an editor form, with the form's zod message under it. */
export default function FormText<T extends FieldValues>({ control, name, label, id, multiline, helperText }: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...field}
          inputRef={field.ref}
          id={id}
          label={label}
          size="small"
          fullWidth
          multiline={multiline}
          minRows={multiline ? 2 : undefined}
          error={Boolean(fieldState.error)}
          helperText={fieldState.error?.message ?? helperText}
        />
      )}
    />
  );
}
