'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useForm } from 'react-hook-form';
import PersonFields from './PersonFields';
import { PersonFormSchema, type PersonForm } from './person-form';

const EMPTY: PersonForm = { name: '', kind: 'person', role: '', identification: 'named', identificationNote: '' };

/** Adds someone to the people list: a named person, a pseudonym, an unnamed source or an organisation. */
export default function AddPersonForm({ onAdd }: { onAdd: (values: PersonForm) => void }) {
  const {
    control,
    register,
    handleSubmit,
    reset,
    setFocus,
    formState: { errors },
  } = useForm<PersonForm>({ resolver: zodResolver(PersonFormSchema), defaultValues: EMPTY });
  const submit = handleSubmit((values) => {
    onAdd(values);
    reset(EMPTY);
    setFocus('name');
  });
  return (
    <Box component="form" noValidate onSubmit={submit} aria-label="Add a person" sx={{ mt: 2 }}>
      <PersonFields control={control} register={register} errors={errors} who="new person" />
      <Button type="submit" variant="outlined" sx={{ mt: 1.5 }}>
        Add this person
      </Button>
    </Box>
  );
}
