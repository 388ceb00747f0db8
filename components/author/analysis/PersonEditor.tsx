'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useForm } from 'react-hook-form';
import type { DraftPerson } from '@/lib/schemas/lesson-draft';
import { plural } from '@/lib/text/plural';
import { useSaveWhenValid } from '@/components/common/useSaveWhenValid';
import PersonFields from './PersonFields';
import { PersonFormSchema, type PersonForm } from './person-form';

type Props = {
  person: DraftPerson;
  /** Sentences in this person's voice: a person still in use cannot be removed. */
  uses: number;
  removable: boolean;
  onSave: (values: PersonForm) => void;
  onRemove: () => void;
};

/** One person in the list, saved as the teacher types. */
export default function PersonEditor({ person, uses, removable, onSave, onRemove }: Props) {
  const {
    control,
    register,
    subscribe,
    formState: { errors },
  } = useForm<PersonForm>({ resolver: zodResolver(PersonFormSchema), mode: 'onChange', defaultValues: person });
  useSaveWhenValid(subscribe, PersonFormSchema, onSave);
  return (
    <Box component="li" sx={{ py: 2, borderBottom: 1, borderColor: 'divider' }}>
      <Box component="form" noValidate onSubmit={(e) => e.preventDefault()} aria-label={`Person: ${person.name}`}>
        <PersonFields control={control} register={register} errors={errors} who={person.name} />
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 1 }}>
        <Typography variant="note" color="text.secondary">
          Voice of {plural(uses, 'sentence')}
        </Typography>
        {removable && uses === 0 && (
          <Button size="small" color="error" onClick={onRemove} aria-label={`Remove ${person.name}`}>
            Remove
          </Button>
        )}
      </Box>
    </Box>
  );
}
