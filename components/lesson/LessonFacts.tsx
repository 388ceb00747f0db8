import AccessTimeOutlined from '@mui/icons-material/AccessTimeOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import ListAltOutlined from '@mui/icons-material/ListAltOutlined';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import type { Lesson } from '@/lib/schemas/lesson';

/** Suggested age, duration and size of a lesson, as small labelled chips. */
export default function LessonFacts({ lesson }: { lesson: Lesson }) {
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <Chip size="small" variant="outlined" icon={<GroupsOutlined aria-hidden />} label={`Ages ${lesson.ageRange}`} />
      <Chip
        size="small"
        variant="outlined"
        icon={<AccessTimeOutlined aria-hidden />}
        label={`About ${lesson.durationMinutes} minutes`}
      />
      <Chip
        size="small"
        variant="outlined"
        icon={<ListAltOutlined aria-hidden />}
        label={`${lesson.sections.length} sections`}
      />
    </Stack>
  );
}
