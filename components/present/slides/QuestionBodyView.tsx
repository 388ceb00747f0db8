import Box from '@mui/material/Box';
import { SLIDE_LABELS, SLIDE_SPACE } from '@/lib/present/layout';
import type { ChoiceOptionView, PassageParagraph, QuestionBody, QuotedSentence } from '@/lib/present/slide-types';
import { ACCEPTED_MARK, ANSWER_MARK, MARK_STYLES, MarkBadge } from '../evidenceMarks';
import VisuallyHidden from '@/components/common/VisuallyHidden';
import { eyebrowLook, LabelledLine, RevealHint } from './SlideParts';

function Options({ options, revealed }: { options: ChoiceOptionView[]; revealed: boolean }) {
  return (
    <Box component="ol" sx={{ m: 0, p: 0, listStyle: 'none', maxWidth: `${SLIDE_SPACE.wideMeasure}em` }}>
      {options.map((o) => {
        const shown = revealed && o.correct;
        return (
          <Box
            component="li"
            key={o.id}
            sx={{ display: 'flex', gap: '0.55em', mb: `${SLIDE_SPACE.listGap}em`, fontWeight: shown ? 700 : 400 }}
          >
            <Box
              component="span"
              sx={{
                flexShrink: 0,
                display: 'inline-flex',
                alignItems: 'center',
                justifyContent: 'center',
                width: '1.45em',
                height: '1.45em',
                mt: '0.025em',
                borderRadius: '50%',
                fontSize: '0.72em',
                fontWeight: 800,
                lineHeight: 1,
                color: shown ? 'var(--p-bg)' : 'var(--p-accent)',
                bgcolor: shown ? 'var(--p-answer)' : 'transparent',
                border: `0.12em solid ${shown ? 'var(--p-answer)' : 'var(--p-accent)'}`,
                alignSelf: 'flex-start',
                position: 'relative',
                top: '0.3em',
              }}
            >
              {o.letter}
            </Box>
            <span>
              {o.text}
              {shown ? (
                <Box component="span" sx={{ ml: '0.5em', color: 'var(--p-answer)', whiteSpace: 'nowrap' }}>
                  ✓ Correct
                </Box>
              ) : null}
            </span>
          </Box>
        );
      })}
    </Box>
  );
}

function Passage({ paragraphs, revealed }: { paragraphs: PassageParagraph[]; revealed: boolean }) {
  return (
    <>
      {paragraphs.map((p) => (
        <Box
          component="p"
          key={p.id}
          sx={{ m: 0, mb: `${SLIDE_SPACE.paragraphGap}em`, maxWidth: `${SLIDE_SPACE.measure}em` }}
        >
          {p.sentences.map((s, i) => {
            const space = i < p.sentences.length - 1 ? ' ' : '';
            if (!(revealed && (s.key || s.accepted))) return <span key={s.id}>{s.text + space}</span>;
            const mark = s.key ? ANSWER_MARK : ACCEPTED_MARK;
            return (
              <span key={s.id}>
                <VisuallyHidden>{`[${mark.label}] `}</VisuallyHidden>
                <MarkBadge colour={mark.colour}>{mark.badge}</MarkBadge>
                <Box
                  component="span"
                  {...(s.key ? { 'data-answer': true } : { 'data-accepted': true })}
                  sx={s.key ? MARK_STYLES.answer : MARK_STYLES.accepted}
                >
                  {s.text}
                </Box>
                {space}
              </span>
            );
          })}
        </Box>
      ))}
    </>
  );
}

function Quotes({ sentences }: { sentences: QuotedSentence[] }) {
  return (
    <Box
      component="ul"
      aria-label="Sentences that answer it"
      sx={{ m: 0, p: 0, listStyle: 'none', maxWidth: `${SLIDE_SPACE.wideMeasure}em` }}
    >
      {sentences.map((s) => (
        <Box
          component="li"
          key={s.id}
          sx={{ mb: `${SLIDE_SPACE.listGap}em`, pl: `${SLIDE_SPACE.listIndent}em`, position: 'relative' }}
        >
          <Box component="span" sx={{ ...eyebrowLook, display: 'block' }}>
            {s.section}
            {s.accepted ? ` · ${ACCEPTED_MARK.label}` : ''}
          </Box>
          <Box
            component="span"
            aria-hidden
            sx={{ position: 'absolute', left: 0, top: '0.9em', color: 'var(--p-answer)', fontWeight: 800 }}
          >
            {s.accepted ? ACCEPTED_MARK.badge : ANSWER_MARK.badge}
          </Box>
          <span {...(s.accepted ? { 'data-accepted': true } : { 'data-answer': true })}>{s.text}</span>
        </Box>
      ))}
    </Box>
  );
}

/** The body of a question slide; the reveal marks correct options and key sentences in place. */
export default function QuestionBodyView({ body, revealed }: { body: QuestionBody; revealed: boolean }) {
  switch (body.type) {
    case 'choice':
      return <Options options={body.options} revealed={revealed} />;
    case 'text':
      return <LabelledLine label={SLIDE_LABELS.write}>{body.lengthHint}</LabelledLine>;
    case 'mark':
      return (
        <>
          <LabelledLine label={SLIDE_LABELS.target}>{body.target}</LabelledLine>
          <Passage paragraphs={body.paragraphs} revealed={revealed} />
        </>
      );
    case 'look-back':
      return (
        <>
          <LabelledLine label={SLIDE_LABELS.target}>{body.target}</LabelledLine>
          {revealed ? <Quotes sentences={body.sentences} /> : <RevealHint text={body.hint} />}
        </>
      );
  }
}
