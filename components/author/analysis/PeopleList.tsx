'use client';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { addPerson, removePerson, updatePerson, voiceCount } from '@/lib/author/draft-analysis';
import { AUTHOR_ID } from '@/lib/author/new-draft';
import type { LessonDraft } from '@/lib/schemas/lesson-draft';
import AddPersonForm from './AddPersonForm';
import PersonEditor from './PersonEditor';

type Props = { draft: LessonDraft; onChange: (next: LessonDraft) => void };

/** Everyone who speaks or is spoken of; each sentence's voice is chosen from this list. */
export default function PeopleList({ draft, onChange }: Props) {
  return (
    <Box component="section" aria-labelledby="people-heading" sx={{ mb: 4 }}>
      <Typography id="people-heading" variant="groupTitle" component="h3" gutterBottom>
        People
      </Typography>
      <Typography color="text.secondary" sx={{ maxWidth: '65ch' }}>
        Who speaks or is spoken of, and how the report identifies them: by name, by a pseudonym, not at all, or as an
        organisation. Accepting a suggested speaker below adds them here too.
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {draft.people.map((person) => (
          <PersonEditor
            key={person.id}
            person={person}
            uses={voiceCount(draft, person.id)}
            removable={person.id !== AUTHOR_ID}
            onSave={(values) => onChange(updatePerson(draft, person.id, values))}
            onRemove={() => onChange(removePerson(draft, person.id))}
          />
        ))}
      </Box>
      <AddPersonForm onAdd={(values) => onChange(addPerson(draft, values).draft)} />
    </Box>
  );
}
