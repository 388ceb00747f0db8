'use client';
import { useEffect, useEffectEvent } from 'react';
import type { FieldValues, UseFormSubscribe } from 'react-hook-form';
import type { z } from 'zod';

/**
 * Saves a form as the user types: every change that passes `schema` goes to `save`; a change that
 * fails it (a comment over the limit) is shown by the form and not saved. `save` is told which
 * field changed (undefined for a reset) and always sees the latest props (the current draft), so
 * the form subscribes once.
 */
export function useSaveWhenValid<V extends FieldValues, T>(
  subscribe: UseFormSubscribe<V>,
  schema: z.ZodType<T>,
  save: (value: T, changedField: string | undefined) => void,
) {
  const onValid = useEffectEvent(save);
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values, name }) => {
          const parsed = schema.safeParse(values);
          if (parsed.success) onValid(parsed.data, name);
        },
      }),
    [subscribe, schema],
  );
}
