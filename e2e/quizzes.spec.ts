/** Scenario quizzes and the onboarding quiz, by keyboard. */
import { expect, test } from '@playwright/test';

test('a scenario quiz grades on "Check answer", with feedback, retry and reveal', async ({ page }) => {
  await page.goto('/scenarios/hr-policies/');
  const quiz = page.locator('.quiz').first();
  await quiz.scrollIntoViewIfNeeded();
  const check = quiz.getByRole('button', { name: 'Check answer' });
  await expect(check).toBeVisible();
  await check.click();
  await expect(quiz.getByText('Choose an option first.')).toBeVisible();

  const radios = quiz.getByRole('radio');
  const count = await radios.count();
  // Keyboard: focus the first radio, arrows move the selection, nothing is graded yet.
  await radios.first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(radios.nth(1)).toBeChecked();
  await expect(quiz.locator('.feedback')).toHaveCount(0);

  // Find the wrong answers first, then reveal.
  const correctIndex = await page.evaluate(() => {
    const el = document.querySelector('astro-island[component-url*="ScenarioQuiz"]');
    const props = JSON.parse(el!.getAttribute('props')!);
    // props are devalue-encoded: [type, value] pairs
    const options = props.quiz[1].options[1] as [number, { correct: [number, boolean] }][];
    return options.findIndex(([, o]) => o.correct[1]);
  });
  const wrong = correctIndex === 0 ? 1 : 0;
  await radios.nth(wrong).check();
  await check.press('Enter');
  await expect(quiz.locator('.feedback.bad')).toContainText('Not quite.');
  await quiz.getByRole('button', { name: 'Show the answer' }).click();
  await expect(quiz.locator('.feedback')).toContainText('The answer is');
  await quiz.getByRole('button', { name: 'Try again' }).click();
  await radios.nth(correctIndex).check();
  await quiz.getByRole('button', { name: 'Check answer' }).click();
  await expect(quiz.locator('.feedback.ok')).toContainText('Correct.');
  expect(count).toBeGreaterThanOrEqual(3);
});

test('without JavaScript a scenario quiz lists its options and keeps the answer in details', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/scenarios/hr-policies/');
  await expect(page.locator('.quiz legend')).toBeVisible();
  await expect(page.locator('.quiz-answer summary')).toHaveText('Show the answer');
  await context.close();
});

test('the onboarding quiz: keyboard run, reload keeps progress, retry missed, shared result', async ({ page }) => {
  await page.goto('/quiz/');
  const progress = page.getByText(/^Question \d+ of \d+/);
  await expect(progress).toBeVisible();
  const total = Number((await progress.textContent())!.match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThanOrEqual(15);

  // Answer the first two questions by keyboard (always option A), then reload.
  for (let i = 0; i < 2; i++) {
    await page.getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Check answer' }).press('Enter');
    await page.getByRole('button', { name: /Next question/ }).press('Enter');
  }
  await expect(progress).toHaveText(new RegExp(`^Question 3 of ${total}`));
  await page.reload();
  await expect(page.getByText(new RegExp(`^Question 3 of ${total}`))).toBeVisible();

  // Finish with option A everywhere.
  for (let i = 2; i < total; i++) {
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('button', { name: /Next question|See your result/ }).click();
  }
  const heading = page.getByRole('heading', { name: /Your result: \d+ of \d+ correct/ });
  await expect(heading).toBeVisible();
  const [, right] = (await heading.textContent())!.match(/(\d+) of/)!;
  const missed = total - Number(right);
  expect(missed).toBeGreaterThan(0);
  await expect(page.locator('.review-list > li')).toHaveCount(missed);
  await expect(page.locator('.review-list a').first()).toHaveAttribute('href', /^\/(guides|scenarios)\//);

  const shareUrl = await page.locator('.share-link a').getAttribute('href');
  await page.getByRole('button', { name: `Retry the ${missed} missed` }).click();
  await expect(page.getByText(new RegExp(`^Question 1 of ${missed} \\(retrying missed questions\\)`))).toBeVisible();

  await page.goto(shareUrl!);
  await expect(page.getByRole('heading', { name: new RegExp(`Shared result: ${right} of ${total} correct`) })).toBeVisible();
});

test('corrupt stored progress starts the quiz fresh', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('tune-or-prompt:onboarding-quiz:v1', '{"version":1,"answers":{"x":99},"round":"boom"'));
  await page.goto('/quiz/');
  await expect(page.getByText(/^Question 1 of \d+/)).toBeVisible();
});

test('a tampered result link is refused, not shown', async ({ page }) => {
  await page.goto('/quiz/#result=r1.zzz.0000');
  await expect(page.getByText('That result link does not match this version of the quiz')).toBeVisible();
});
