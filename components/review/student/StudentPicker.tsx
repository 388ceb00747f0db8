'use client';
import { useMemo } from 'react';
import type { StudentSheet } from '@/lib/review/student-sheet';
import SteppedPicker from '../SteppedPicker';

/** Chooses the student whose sheet is shown: the class list, and previous / next. */
export default function StudentPicker({
  sheets,
  studentKey,
  onChange,
}: {
  sheets: readonly StudentSheet[];
  studentKey: string;
  onChange(key: string): void;
}) {
  const items = useMemo(() => sheets.map((sheet) => ({ key: sheet.key, label: sheet.label })), [sheets]);
  return <SteppedPicker label="Student" items={items} value={studentKey} onChange={onChange} width="16rem" />;
}
