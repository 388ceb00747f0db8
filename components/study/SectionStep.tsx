'use client';
import Typography from '@mui/material/Typography';
import TermsHere from '@/components/lesson/TermsHere';
import { sectionSentences } from '@/lib/lessons/analysis';
import { termsInSentences } from '@/lib/lessons/glossary';
import type { Section } from '@/lib/schemas/lesson';
import { useStudy } from './StudyContext';
import PromptList from './PromptList';
import QuestionList from './QuestionList';
import ReportText from './ReportText';
import StepHeading from './StepHeading';

/** One section: the report text, its discussion prompts, then its source-evaluation questions. */
export default function SectionStep({ section, number, count }: { section: Section; number: number; count: number }) {
  const { lesson } = useStudy();
  const terms = termsInSentences(
    lesson,
    sectionSentences(section).map((s) => s.id),
  );
  return (
    <section aria-labelledby="step-heading">
      <StepHeading eyebrow={`Section ${number} of ${count}`}>{section.title}</StepHeading>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {section.summary}
      </Typography>
      <TermsHere terms={terms} sx={{ mb: 2 }} />
      <ReportText section={section} />
      <PromptList prompts={section.prompts} />
      {section.questions.length > 0 && (
        <>
          <Typography variant="h3" component="h3" sx={{ mt: 5, mb: 0.5 }}>
            Check the source
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            Who is behind it? What is the evidence? What do other sources say?
          </Typography>
          <QuestionList questions={section.questions} sectionId={section.id} />
        </>
      )}
    </section>
  );
}
