'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import PlainSelect from '@/components/common/PlainSelect';
import type { SentenceAnalysis } from '@/lib/author/draft-analysis';
import { MODE_LABELS, TAG_LABELS } from '@/lib/lessons/analysis';
import { ModeSchema, TagSchema } from '@/lib/schemas/lesson';
import type { DraftPerson, DraftSentence } from '@/lib/schemas/lesson-draft';
import { useSaveWhenValid } from '@/components/common/useSaveWhenValid';

const AnalysisFormSchema = z.object({
  voice: z.string(),
  mode: z.union([ModeSchema, z.literal('')]),
  tags: z.array(TagSchema),
  note: z.string().max(2000, 'at most 2,000 characters'),
});
type AnalysisFormValues = z.infer<typeof AnalysisFormSchema>;

type Props = { sentence: DraftSentence; people: DraftPerson[]; onSave: (analysis: SentenceAnalysis) => void };

const legendSx = { fontWeight: 600, color: 'text.primary', mb: 0.5 } as const;

/** The teacher's analysis of one sentence: whose voice, what kind, which tags, and a note. Saved as it changes. */
export default function AnalysisForm({ sentence, people, onSave }: Props) {
  const id = useId();
  const {
    control,
    register,
    subscribe,
    formState: { errors },
  } = useForm<AnalysisFormValues>({
    resolver: zodResolver(AnalysisFormSchema),
    mode: 'onChange',
    defaultValues: {
      voice: sentence.voice ?? '',
      mode: sentence.mode ?? '',
      tags: sentence.tags,
      note: sentence.note ?? '',
    },
  });
  useSaveWhenValid(subscribe, AnalysisFormSchema, (values) =>
    onSave({ voice: values.voice || null, mode: values.mode || null, tags: values.tags, note: values.note }),
  );
  const { ref: noteRef, ...note } = register('note');
  return (
    <Box component="form" noValidate onSubmit={(e) => e.preventDefault()} sx={{ display: 'grid', gap: 2.5 }}>
      <Box>
        <Typography component="label" htmlFor={`${id}-voice`} sx={{ ...legendSx, display: 'block' }}>
          Whose voice
        </Typography>
        <PlainSelect id={`${id}-voice`} {...register('voice')}>
          <option value="">Not chosen yet</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </PlainSelect>
      </Box>
      <FormControl component="fieldset">
        <FormLabel component="legend" sx={legendSx}>
          Kind of sentence
        </FormLabel>
        <Controller
          control={control}
          name="mode"
          render={({ field }) => (
            <RadioGroup {...field} row>
              {ModeSchema.options.map((mode) => (
                <FormControlLabel key={mode} value={mode} control={<Radio />} label={MODE_LABELS[mode]} />
              ))}
              <FormControlLabel value="" control={<Radio />} label="Not chosen yet" />
            </RadioGroup>
          )}
        />
      </FormControl>
      <FormControl component="fieldset">
        <FormLabel component="legend" sx={legendSx}>
          Tags
        </FormLabel>
        <Controller
          control={control}
          name="tags"
          render={({ field }) => (
            <FormGroup row>
              {TagSchema.options.map((tag) => (
                <FormControlLabel
                  key={tag}
                  label={TAG_LABELS[tag]}
                  control={
                    <Checkbox
                      checked={field.value.includes(tag)}
                      onChange={(e) =>
                        field.onChange(e.target.checked ? [...field.value, tag] : field.value.filter((t) => t !== tag))
                      }
                      onBlur={field.onBlur}
                    />
                  }
                />
              ))}
            </FormGroup>
          )}
        />
      </FormControl>
      <TextField
        {...note}
        inputRef={noteRef}
        label="Your note on this sentence (shown to the teacher)"
        multiline
        minRows={2}
        error={Boolean(errors.note)}
        helperText={errors.note?.message}
        fullWidth
      />
    </Box>
  );
}
