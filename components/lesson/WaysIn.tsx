import CoPresentOutlined from '@mui/icons-material/CoPresentOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import SchoolOutlined from '@mui/icons-material/SchoolOutlined';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { lessonUsePath } from '@/lib/lessons/lesson-paths';
import { withPathParam } from '@/lib/lessons/path-param';
import type { PathChoice } from '@/lib/lessons/teaching-path';

const WAYS = [
  {
    way: 'study',
    title: 'Study on my own',
    text: 'Read the report section by section and answer the questions. Your answers save in this browser as you type.',
    Icon: SchoolOutlined,
  },
  {
    way: 'present',
    title: 'Present to a class',
    text: 'Show the report and prompts on a projector, with a presenter view for your notes.',
    Icon: CoPresentOutlined,
  },
  {
    way: 'review',
    title: 'Review responses',
    text: "Open your students' answer files, give feedback and export marks. Nothing leaves this computer.",
    Icon: FactCheckOutlined,
  },
] as const;

/** The three ways into a lesson: self-study, projection and teacher review, each on the chosen path. */
export default function WaysIn({ lessonId, path = 'core' }: { lessonId: string; path?: PathChoice }) {
  return (
    <Grid container spacing={2} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {WAYS.map(({ way, title, text, Icon }) => (
        <Grid key={way} size={{ xs: 12, sm: 4 }} component="li">
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardActionArea
              href={withPathParam(lessonUsePath(lessonId, way), path)}
              sx={{ height: '100%', alignItems: 'flex-start' }}
            >
              <CardContent>
                <Icon aria-hidden color="primary" sx={{ fontSize: 36, mb: 1 }} />
                <Typography variant="h3" component="h3" sx={{ mb: 0.5 }}>
                  {title}
                </Typography>
                <Typography color="text.secondary">{text}</Typography>
              </CardContent>
            </CardActionArea>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
}
