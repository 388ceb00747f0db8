'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import TextField from '@mui/material/TextField';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useSaveWhenValid } from '@/components/common/useSaveWhenValid';

const TitleSchema = z.object({
  title: z.string().trim().min(1, 'give the section a title').max(200, 'at most 200 characters'),
});

type Props = { title: string; number: number; onRename: (title: string) => void };

/** The section's title, renamed as the teacher types (an empty title is shown as a problem, not saved). */
export default function SectionTitleForm({ title, number, onRename }: Props) {
  const {
    register,
    subscribe,
    formState: { errors },
  } = useForm({ resolver: zodResolver(TitleSchema), mode: 'onChange', defaultValues: { title } });
  useSaveWhenValid(subscribe, TitleSchema, (values) => onRename(values.title));
  const { ref, ...field } = register('title');
  return (
    <TextField
      {...field}
      inputRef={ref}
      label={`Title of section ${number}`}
      error={Boolean(errors.title)}
      helperText={errors.title?.message}
      fullWidth
      size="small"
    />
  );
}
