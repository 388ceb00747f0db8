'use client';
import { useEffect } from 'react';
import type { FieldValues, UseFormSubscribe } from 'react-hook-form';
import type { z } from 'zod';

/**
 * Saves a review form as the teacher types: every change that passes `schema` goes to `save`; a
 * change that fails it (a comment over the limit) is shown by the form and not saved. `save` is told
 * which field changed (undefined for a reset). `save` must be stable (useCallback), or the form
 * re-subscribes on every render.
 */
export function useSaveWhenValid<V extends FieldValues, T>(
  subscribe: UseFormSubscribe<V>,
  schema: z.ZodType<T>,
  save: (value: T, changedField: string | undefined) => void,
) {
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values, name }) => {
          const parsed = schema.safeParse(values);
          if (parsed.success) save(parsed.data, name);
        },
      }),
    [subscribe, schema, save],
  );
}
