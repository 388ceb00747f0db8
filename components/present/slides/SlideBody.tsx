import Box from '@mui/material/Box';
import { SLIDE_SPACE, SLIDE_TYPE } from '@/lib/present/layout';
import { KEY_POINTS_HINT } from '@/lib/present/reveal-hint';
import type { Slide } from '@/lib/present/slide-types';
import ClaimChartSlide from './ClaimChartSlide';
import EvidenceText from './EvidenceText';
import { KeyPointsPanel, RevealHint, SlideHeading, SlideList } from './SlideParts';
import QuestionBodyView from './QuestionBodyView';
import TitleSlide from './TitleSlide';
import VoicesChart from './VoicesChart';

type Props = { slide: Slide; headingId: string; revealed: boolean; evidence: boolean };

/** The heading and body of a slide, by kind. Key points render only once revealed; a body that is all hidden says so. */
export default function SlideBody({ slide, headingId, revealed, evidence }: Props) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlide slide={slide} headingId={headingId} />;
    case 'list':
      return (
        <>
          <SlideHeading id={headingId}>{slide.title}</SlideHeading>
          <SlideList items={slide.items} />
        </>
      );
    case 'content-note':
      return (
        <>
          <SlideHeading id={headingId}>{slide.title}</SlideHeading>
          {slide.paragraphs.map((p) => (
            <Box
              component="p"
              key={p}
              sx={{ m: 0, mb: `${SLIDE_SPACE.paragraphGap}em`, maxWidth: `${SLIDE_SPACE.wideMeasure}em` }}
            >
              {p}
            </Box>
          ))}
        </>
      );
    case 'report':
      return (
        <>
          <SlideHeading id={headingId}>{slide.title}</SlideHeading>
          <EvidenceText paragraphs={slide.paragraphs} evidence={evidence} />
        </>
      );
    case 'prompt':
      return (
        <>
          <SlideHeading id={headingId}>{slide.title}</SlideHeading>
          {revealed ? <KeyPointsPanel keyPoints={slide.keyPoints} /> : null}
        </>
      );
    case 'key-points':
      return (
        <>
          <SlideHeading id={headingId}>{slide.title}</SlideHeading>
          {revealed ? <KeyPointsPanel keyPoints={slide.keyPoints} /> : <RevealHint text={KEY_POINTS_HINT} />}
        </>
      );
    case 'question':
      return (
        <>
          <SlideHeading id={headingId}>{slide.title}</SlideHeading>
          <QuestionBodyView body={slide.body} revealed={revealed} />
          {revealed ? <KeyPointsPanel keyPoints={slide.keyPoints} /> : null}
        </>
      );
    case 'voices':
      return (
        <>
          <SlideHeading id={headingId}>{slide.title}</SlideHeading>
          <VoicesChart voices={slide.voices} />
        </>
      );
    case 'claim-chart':
      return (
        <>
          <SlideHeading id={headingId}>{slide.title}</SlideHeading>
          <ClaimChartSlide rows={slide.rows} revealed={revealed} />
        </>
      );
    case 'closing':
      return (
        <>
          <SlideHeading
            id={headingId}
            size={{ scale: SLIDE_TYPE.heading.scale, lineHeight: SLIDE_TYPE.heading.lineHeight }}
          >
            {slide.title}
          </SlideHeading>
          <SlideList items={slide.prompts} numbered />
        </>
      );
  }
}
