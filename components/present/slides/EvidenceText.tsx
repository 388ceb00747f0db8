import Box from '@mui/material/Box';
import type { EvidenceKind } from '@/lib/lessons/analysis';
import { SLIDE_SPACE } from '@/lib/present/layout';
import type { SlideParagraph } from '@/lib/present/slide-types';
import { EVIDENCE_MARKS, MARK_STYLES, MarkBadge } from '../evidenceMarks';
import VisuallyHidden from '@/components/common/VisuallyHidden';

/** The order the mark spans nest in. Badges go inside them: text decorations skip atomic inlines. */
const NESTING: EvidenceKind[] = ['anonymised', 'quote', 'legal'];

/** Nests one span per mark so that underlines of different kinds all show on the same words. */
function Marked({ kinds, children }: { kinds: EvidenceKind[]; children: React.ReactNode }) {
  return NESTING.filter((k) => kinds.includes(k)).reduceRight<React.ReactNode>(
    (inner, kind) => (
      <Box component="span" data-evidence={kind} sx={MARK_STYLES[kind]}>
        {inner}
      </Box>
    ),
    children,
  );
}

/**
 * Report text, a paragraph (or the part of one on this slide) per block. With evidence on, each
 * marked sentence gets its badges and line styles, and screen readers hear what the marks mean.
 */
export default function EvidenceText({ paragraphs, evidence }: { paragraphs: SlideParagraph[]; evidence: boolean }) {
  return (
    <>
      {paragraphs.map((p) => (
        <Box
          component="p"
          key={p.id}
          sx={{
            m: 0,
            mb: `${SLIDE_SPACE.paragraphGap}em`,
            maxWidth: `${SLIDE_SPACE.measure}em`,
            textIndent: p.continued ? 0 : undefined,
          }}
        >
          {p.continued ? <VisuallyHidden>(continued) </VisuallyHidden> : null}
          {p.sentences.map((s, i) => {
            const kinds = evidence ? s.evidence : [];
            const space = i < p.sentences.length - 1 ? ' ' : '';
            if (kinds.length === 0) return <span key={s.id}>{s.text + space}</span>;
            return (
              <span key={s.id}>
                <VisuallyHidden>{`[${kinds.map((k) => EVIDENCE_MARKS[k].label).join(', ')}] `}</VisuallyHidden>
                <Marked kinds={kinds}>
                  {kinds.map((k) => (
                    <MarkBadge key={k} colour={EVIDENCE_MARKS[k].colour}>
                      {EVIDENCE_MARKS[k].badge}
                    </MarkBadge>
                  ))}
                  {s.text}
                </Marked>
                {space}
              </span>
            );
          })}
          {p.continues ? <VisuallyHidden> (continues on the next slide)</VisuallyHidden> : null}
        </Box>
      ))}
    </>
  );
}
