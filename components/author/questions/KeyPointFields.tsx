'use client';
import Add from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { type Control, useFieldArray, useFormState } from 'react-hook-form';
import { fieldIdOf } from '@/lib/author/draft-fields';
import type { DraftPath } from '@/lib/author/draft-to-lesson';
import FormText from './FormText';

type KeyPointsShape = { keyPoints: { text: string }[] };

type Props<T extends KeyPointsShape> = {
  control: Control<T>;
  /** The question's draft path; each key point's field id extends it. */
  path: DraftPath;
  /** Sentences each key point cites (kept as generated), shown so the teacher knows what it points at. */
  cited: string[][];
};

/** The key points a good answer makes: at least one; the teacher rewords, adds and removes them. */
export default function KeyPointFields<T extends KeyPointsShape>({ control: typed, path, cited }: Props<T>) {
  const control = typed as unknown as Control<KeyPointsShape>;
  const { fields, append, remove } = useFieldArray({ control, name: 'keyPoints' });
  const { errors } = useFormState({ control, name: 'keyPoints' });
  const listError = errors.keyPoints?.root?.message ?? errors.keyPoints?.message;
  return (
    <Box component="fieldset" id={fieldIdOf([...path, 'keyPoints'])} tabIndex={-1} sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" sx={{ fontWeight: 600, mb: 1 }}>
        Key points
      </Typography>
      <Box sx={{ display: 'grid', gap: 1.5 }}>
        {fields.map((field, i) => (
          <Box key={field.id} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
            <FormText
              control={control}
              name={`keyPoints.${i}.text`}
              id={fieldIdOf([...path, 'keyPoints', i, 'text'])}
              label={`Key point ${i + 1}`}
              multiline
              helperText={cited[i]?.length ? `Cites ${cited[i]!.join(', ')}` : undefined}
            />
            <IconButton aria-label={`Remove key point ${i + 1}`} onClick={() => remove(i)} disabled={fields.length < 2}>
              <DeleteOutlined />
            </IconButton>
          </Box>
        ))}
      </Box>
      {listError && <FormHelperText error>{listError}</FormHelperText>}
      <Button size="small" startIcon={<Add aria-hidden />} onClick={() => append({ text: '' })} sx={{ mt: 1 }}>
        Add a key point
      </Button>
    </Box>
  );
}
