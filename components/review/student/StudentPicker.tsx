'use client';
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
  const items = sheets.map((sheet) => ({ key: sheet.key, label: sheet.label }));
  return <SteppedPicker label="Student" items={items} value={studentKey} onChange={onChange} width="16rem" />;
}
