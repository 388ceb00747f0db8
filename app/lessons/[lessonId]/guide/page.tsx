import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';
import AppHeader from '@/components/common/AppHeader';
import { lessonSentences, personById } from '@/lib/lessons/analysis';
import { glossaryTerms } from '@/lib/lessons/glossary';
import { pathCounts } from '@/lib/lessons/teaching-path';
import { lessonFromParams, lessonMetadata, lessonStaticParams, type LessonPageProps } from '@/lib/lessons/lesson-route';
import AnswerKeySummary from './AnswerKeySummary';
import { GuideList, GuideSection, GuideTable, SubHeading } from './GuideParts';
import PrintButton from './PrintButton';

export const dynamicParams = false;

export const generateStaticParams = lessonStaticParams;

export const generateMetadata = lessonMetadata('Teacher guide');

const minutes = (steps: { minutes: number }[]) => steps.reduce((n, s) => n + s.minutes, 0);

/** The printable teacher guide: plan, background, legal claims to check, safeguarding, key, glossary. */
export default async function TeacherGuidePage({ params }: LessonPageProps) {
  const lesson = await lessonFromParams(params);
  const guide = lesson.teacherGuide;
  const counts = pathCounts(lesson);
  const voice = new Map(lessonSentences(lesson).map((s) => [s.id, personById(lesson, s.voice)?.name ?? s.voice]));
  const legal = (lesson.claims ?? []).filter((c) => c.category === 'legal');
  return (
    <>
      <AppHeader />
      <Container component="main" id="main" maxWidth="md" sx={{ py: { xs: 3, sm: 5 } }}>
        <Typography variant="h1" sx={{ mb: 1 }}>
          Teacher guide
        </Typography>
        <Typography sx={{ fontSize: '1.15rem', mb: 2 }}>{lesson.title}</Typography>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          <PrintButton />
          <Typography color="text.secondary">
            Lines marked <strong>Check locally</strong> depend on your country, school or the date.
          </Typography>
        </Box>

        <GuideSection id="guide-objectives" title="Objectives">
          <GuideList items={lesson.objectives} />
        </GuideSection>

        {guide && (
          <GuideSection id="guide-timing" title="Timing">
            <Typography>
              Core path (one lesson): {counts.core.questions} questions and {counts.core.prompts} discussion prompts.
              Extended path (two lessons): {counts.extended.questions} questions and {counts.extended.prompts} prompts.
              Both end with the three-item exit ticket.
            </Typography>
            <GuideTable
              caption={`Core path: ${minutes(guide.timing.core)} minutes`}
              head={['Activity', 'Minutes']}
              rows={guide.timing.core.map((s) => [s.activity, s.minutes])}
            />
            <GuideTable
              caption={`Extended path: ${minutes(guide.timing.extended)} minutes over two lessons`}
              head={['Activity', 'Minutes']}
              rows={guide.timing.extended.map((s) => [s.activity, s.minutes])}
            />
          </GuideSection>
        )}

        {guide?.background.map((part, i) => (
          <GuideSection key={part.heading} id={`guide-background-${i}`} title={part.heading}>
            <GuideList items={part.items} />
          </GuideSection>
        ))}

        {legal.length > 0 && (
          <GuideSection id="guide-legal" title="The legal claims, as things to check">
            <GuideTable
              caption="Who makes each legal claim, what the text offers, and how to check it"
              head={['Claim', 'Whose claim', 'Evidence in the text', 'How to check', 'Search terms']}
              rows={legal.map((c) => [
                c.claim,
                [...new Set(c.sentences.map((id) => voice.get(id)))].join(', '),
                c.evidenceInText,
                c.howToCheck,
                c.searchTerms.join('; '),
              ])}
            />
          </GuideSection>
        )}

        {guide && (
          <GuideSection id="guide-safeguarding" title="Safeguarding">
            <SubHeading>If a student discloses something</SubHeading>
            <GuideList items={guide.safeguarding.disclosure} />
            <SubHeading>Reporting sextortion</SubHeading>
            <GuideList items={guide.safeguarding.reportingSextortion} />
            <SubHeading>Before live searching</SubHeading>
            <GuideList items={guide.safeguarding.safeSearch} />
            <SubHeading>A note for parents</SubHeading>
            <GuideList items={guide.safeguarding.noteForParents} />
          </GuideSection>
        )}

        <GuideSection id="guide-norms" title="Discussion norms">
          <GuideList items={lesson.discussionNorms} />
        </GuideSection>

        <GuideSection id="guide-key" title="Answer key summary">
          <AnswerKeySummary lesson={lesson} />
        </GuideSection>

        {guide && (
          <GuideSection id="guide-differentiation" title="Differentiation">
            <SubHeading>Support</SubHeading>
            <GuideList items={guide.differentiation.support} />
            <SubHeading>Sentence starters</SubHeading>
            <GuideList items={guide.differentiation.sentenceStarters} />
            <SubHeading>Extension</SubHeading>
            <GuideList items={guide.differentiation.extension} />
          </GuideSection>
        )}

        <GuideSection id="guide-glossary" title="Glossary">
          <Box component="dl" sx={{ m: 0, '& dt': { fontWeight: 700, mt: 1 }, '& dd': { ml: 2 } }}>
            {glossaryTerms(lesson).map(({ term, definition, notThis }) => (
              <Box key={term}>
                <dt>{term}</dt>
                <dd>
                  {definition}
                  {notThis && ` Not this: ${notThis}`}
                </dd>
              </Box>
            ))}
          </Box>
        </GuideSection>
      </Container>
    </>
  );
}
