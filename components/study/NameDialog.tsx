'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { StudentNameSchema } from '@/lib/schemas/exchange';

const NameFormSchema = z.object({ name: StudentNameSchema });
type NameForm = z.infer<typeof NameFormSchema>;

type Props = {
  open: boolean;
  initialName: string;
  submitLabel: string;
  onSubmit: (name: string) => void;
  onCancel: () => void;
};

/** Asks for the student's name before the first export, so the teacher knows whose file it is. */
export default function NameDialog({ open, initialName, submitLabel, onSubmit, onCancel }: Props) {
  const titleId = useId();
  const { register, handleSubmit, formState } = useForm<z.input<typeof NameFormSchema>, unknown, NameForm>({
    resolver: zodResolver(NameFormSchema),
    defaultValues: { name: initialName },
  });
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <form noValidate onSubmit={handleSubmit((values) => onSubmit(values.name))}>
        <DialogTitle id={titleId}>Your name for the answer file</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            Your teacher sees this name with your answers. It is saved only in this browser and in files you export.
          </DialogContentText>
          <TextField
            {...register('name')}
            label="Your name"
            autoFocus
            fullWidth
            autoComplete="name"
            error={Boolean(formState.errors.name)}
            helperText={formState.errors.name?.message ?? 'As your teacher knows you, e.g. "Amira K."'}
          />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="contained">
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
