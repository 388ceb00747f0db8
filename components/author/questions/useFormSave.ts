'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { type DefaultValues, type FieldValues, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useSaveWhenValid } from '@/components/common/useSaveWhenValid';

/**
 * An editor form checked by its zod schema as the teacher types: each change that passes goes into
 * the draft at once (so it autosaves); one that fails is shown under its field and not saved.
 */
export function useFormSave<V extends FieldValues>(
  schema: z.ZodType<V, V>,
  defaultValues: V,
  save: (values: V) => void,
) {
  const form = useForm<V>({
    resolver: zodResolver(schema),
    defaultValues: defaultValues as DefaultValues<V>,
    mode: 'onChange',
  });
  useSaveWhenValid(form.subscribe, schema, save);
  return form;
}
