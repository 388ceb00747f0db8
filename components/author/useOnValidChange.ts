'use client';
import { useEffect, useEffectEvent } from 'react';
import type { FieldValues, UseFormSubscribe } from 'react-hook-form';
import type { z } from 'zod';

/**
 * Calls `handle` with every change of a form that passes `schema`; a change that fails it is shown
 * by the form and not passed on. `handle` always sees the latest props (the current draft), so the
 * subscription is made once per form.
 */
export function useOnValidChange<V extends FieldValues, T>(
  subscribe: UseFormSubscribe<V>,
  schema: z.ZodType<T>,
  handle: (value: T) => void,
) {
  const onValid = useEffectEvent(handle);
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          const parsed = schema.safeParse(values);
          if (parsed.success) onValid(parsed.data);
        },
      }),
    [subscribe, schema],
  );
}
