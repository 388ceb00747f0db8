'use client';
import Add from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { type Control, Controller, useFieldArray, useFormState } from 'react-hook-form';
import { fieldIdOf } from '@/lib/author/draft-fields';
import type { DraftPath } from '@/lib/author/draft-to-lesson';
import type { ChoiceForm } from '@/lib/author/question-form';
import FormText from './FormText';

type Props = {
  control: Control<ChoiceForm>;
  path: DraftPath;
  single: boolean;
  /** What lessons:check would say about the options as they are now (lib/author/option-length.ts). */
  warnings: string[];
  newOptionId: () => string;
};

/** The options of a choice question: text, whether it is correct, and the misconception a wrong one stands for. */
export default function OptionFields({ control, path, single, warnings, newOptionId }: Props) {
  const { fields, append, remove } = useFieldArray({ control, name: 'options' });
  const { errors } = useFormState({ control, name: 'options' });
  const listError = errors.options?.root?.message ?? errors.options?.message;
  const warningId = useId();
  return (
    <Box
      component="fieldset"
      id={fieldIdOf([...path, 'options'])}
      tabIndex={-1}
      aria-describedby={warnings.length > 0 ? warningId : undefined}
      sx={{ border: 0, p: 0, m: 0 }}
    >
      <Typography component="legend" sx={{ fontWeight: 600, mb: 1 }}>
        Options
      </Typography>
      {warnings.length > 0 && (
        <Alert id={warningId} severity="warning" role="status" sx={{ mb: 1.5 }}>
          {warnings.join(' ')}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gap: 1.5 }}>
        {fields.map((field, i) => (
          <Paper key={field.id} variant="outlined" sx={{ p: 1.5, display: 'grid', gap: 1 }}>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
              <FormText
                control={control}
                name={`options.${i}.text`}
                id={fieldIdOf([...path, 'options', i, 'text'])}
                label={`Option ${i + 1}`}
              />
              <IconButton aria-label={`Remove option ${i + 1}`} onClick={() => remove(i)} disabled={fields.length < 3}>
                <DeleteOutlined />
              </IconButton>
            </Box>
            <Controller
              control={control}
              name={`options.${i}.correct`}
              render={({ field: correct }) => (
                <FormControlLabel
                  control={
                    <Checkbox
                      checked={correct.value}
                      onChange={(event) => correct.onChange(event.target.checked)}
                      slotProps={{ input: { ref: correct.ref } }}
                    />
                  }
                  label={`Option ${i + 1} is correct`}
                />
              )}
            />
            {single && (
              <FormText
                control={control}
                name={`options.${i}.misconception`}
                id={fieldIdOf([...path, 'options', i, 'misconception'])}
                label={`If wrong: the misunderstanding option ${i + 1} stands for`}
              />
            )}
          </Paper>
        ))}
      </Box>
      {listError && <FormHelperText error>{listError}</FormHelperText>}
      <Button
        size="small"
        startIcon={<Add aria-hidden />}
        onClick={() => append({ id: newOptionId(), text: '', correct: false, misconception: '' })}
        sx={{ mt: 1 }}
      >
        Add an option
      </Button>
    </Box>
  );
}
