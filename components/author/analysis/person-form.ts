import { z } from 'zod';
import { IdentificationSchema } from '@/lib/schemas/lesson';

/** The fields of a person in the people list, as the forms edit them. */
export const PersonFormSchema = z.object({
  name: z.string().trim().min(1, 'give a name, or a description such as "a source close to the court"').max(200),
  kind: z.enum(['person', 'organisation']),
  role: z.string().max(500, 'at most 500 characters'),
  identification: IdentificationSchema,
  identificationNote: z.string().max(500, 'at most 500 characters'),
});
export type PersonForm = z.infer<typeof PersonFormSchema>;

export const KIND_LABELS: Record<PersonForm['kind'], string> = { person: 'Person', organisation: 'Organisation' };
