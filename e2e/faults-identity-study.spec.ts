/**
 * Student identity on the study page (issue 8): feedback names the student id and the export it
 * answers. Real downloads: the student exports, the teacher reviews and downloads the feedback file,
 * and the study page refuses a classmate's copy and says when feedback answers an older export.
 */
import { readFileSync } from 'node:fs';
import { FeedbackFileSchema } from '../lib/schemas/exchange';
import { sampleStudentId } from '../lib/testing/sample-class';
import { ANSWERS_KEY, STUDY_URL } from './fixtures/lesson';
import { answerCard, chooseStudent, expect, importFiles, openTab, test } from './fixtures/review';
import { json, REVIEW_URL } from './fixtures/review-class';

test('the study page refuses feedback for another id and says when feedback answers an older export', async ({
  page,
  context,
  textQuestion,
}) => {
  const step = `${STUDY_URL}#${textQuestion.sectionId ?? 'wrap-up'}`;
  const exportAnswers = async ({ named = false } = {}) => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my answers' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Your name for the answer file' });
    // The first export asks for the name; later ones use it.
    if (!named) {
      await dialog.getByLabel('Your name').fill('Pia Study');
      await dialog.getByRole('button', { name: 'Export' }).click();
    }
    return (await (await downloading).path())!;
  };
  await page.goto(step);
  await page
    .getByRole('listitem', { name: `Question ${textQuestion.number}`, exact: true })
    .getByRole('textbox')
    .fill('Pia’s answer.');
  const answersPath = await exportAnswers();

  const teacher = await context.newPage();
  await teacher.goto(REVIEW_URL);
  await importFiles(teacher, [{ name: 'pia.json', mimeType: 'application/json', buffer: readFileSync(answersPath) }]);
  await openTab(teacher, 'By student');
  await chooseStudent(teacher, 'Pia Study');
  const card = answerCard(teacher, new RegExp(`^Q${textQuestion.number}\\.`));
  await card.getByLabel('Comment').fill('Good: you name the source.');
  await expect(card.getByRole('status')).toHaveText('Saved');
  const downloading = teacher.waitForEvent('download');
  await teacher.getByRole('button', { name: 'Download feedback file' }).click();
  const feedbackText = readFileSync((await (await downloading).path())!, 'utf8');
  const genuine = FeedbackFileSchema.parse(JSON.parse(feedbackText));
  const classmates = { ...genuine, student: { ...genuine.student, id: sampleStudentId('Another Pia') } };

  const input = page.getByLabel('Import teacher feedback');
  await input.setInputFiles(json('classmate-feedback.json', classmates));
  await expect(
    page.getByRole('status').getByText(/"classmate-feedback\.json" is feedback for another student/),
  ).toBeVisible();
  const storedFeedback = async () =>
    JSON.parse((await page.evaluate((k) => localStorage.getItem(k), ANSWERS_KEY))!).feedback;
  expect(await storedFeedback()).toBeNull();

  await exportAnswers({ named: true });
  await input.setInputFiles(json('pia-feedback.json', genuine));
  const status = page.getByRole('status').filter({ hasText: 'Feedback imported' });
  await expect(status).toContainText('This feedback answers the answers you exported on');
  await expect(status).toContainText('so your later changes have no feedback yet.');
  await page.goto(step);
  await expect(page.getByRole('region', { name: 'Teacher feedback' })).toContainText('Good: you name the source.');
  expect(JSON.stringify(await storedFeedback())).toContain('Good: you name the source.');
});
