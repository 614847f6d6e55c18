/** Scenario quizzes, the onboarding quiz (seeded draws, keyboard, results, print) and the team view. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { encodeResult, resultLink } from '../src/lib/quiz/result.ts';

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

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Bank {
  version: string;
  questions: { id: string; topic: string; quiz: { question: string; options: { text: string; correct: boolean }[] } }[];
}
const bank = JSON.parse(readFileSync('dist/quiz/questions.json', 'utf8')) as Bank;
const byQuestion = new Map(bank.questions.map((q) => [q.quiz.question, q]));

/** The question on screen and its options in the order shown. */
async function shown(page: Page) {
  const question = (await page.locator('.quiz-heading').textContent())!.trim();
  const options = (await page.locator('.onboarding .quiz-option label').allTextContents()).map((t) => t.replace(/^[A-D]\.\s*/, '').trim());
  return { question, options };
}

/** Checks one answer (right or wrong) with the mouse and moves on. */
async function answer(page: Page, right: boolean) {
  const { question, options } = await shown(page);
  const q = byQuestion.get(question)!;
  const correct = q.quiz.options.find((o) => o.correct)!.text;
  const pick = right ? options.indexOf(correct) : options.findIndex((t) => t !== correct);
  await page.locator('.onboarding .quiz-option input').nth(pick).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: /Next question|See your result/ }).click();
}

/** Takes a whole quiz in a fresh context, right on the first `rightCount` questions; returns the result link. */
async function takeQuiz(browser: Browser, name: string, rightCount: number): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/quiz/');
  for (let i = 0; i < 15; i++) await answer(page, i < rightCount);
  await page.getByLabel(/Your name or handle/).fill(name);
  const link = (await page.locator('.share-link a').getAttribute('href'))!;
  await context.close();
  return link;
}

async function expectAxeClean(page: Page, where: string) {
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => {
      document.documentElement.dataset.theme = t;
    }, theme);
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), `${where}, ${theme}`).toEqual([]);
  }
}

test('two fresh browsers get different quizzes, and one link gives the same quiz twice', async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const a = await first.newPage();
  const b = await second.newPage();
  await a.goto('/quiz/');
  await b.goto('/quiz/');
  await expect(a).toHaveURL(/\?seed=[0-9a-z]+$/);
  await expect(b).toHaveURL(/\?seed=[0-9a-z]+$/);
  expect(a.url()).not.toBe(b.url());
  // The whole sequence of questions differs (15 of 53 in a seeded order).
  const sequence = async (page: Page) => {
    const out: string[] = [];
    for (let i = 0; i < 3; i++) {
      const s = await shown(page);
      out.push(`${s.question} | ${s.options.join(' / ')}`);
      await answer(page, true);
    }
    return out;
  };
  const link = a.url();
  const seqA = await sequence(a);
  expect(await sequence(b)).not.toEqual(seqA);

  // The same link in a third, fresh browser: same questions, same option order.
  const third = await browser.newContext();
  const c = await third.newPage();
  await c.goto(link);
  expect(await sequence(c)).toEqual(seqA);
  // And again after a reload of that link in the same browser: the saved progress continues it.
  await c.reload();
  await expect(c.getByText(/^Question 4 of 15/)).toBeVisible();
  await Promise.all([first.close(), second.close(), third.close()]);
});

test('the onboarding quiz by keyboard: tab order, focus, feedback in view, reload, retry, result, print', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // A fixed draw whose first feedback ends over 100 px above the fold, so "no scroll" does not depend on the draw or on font metrics.
  await page.goto('/quiz/?seed=tabkeys');
  await expect(page.getByText(/^Question 1 of 15/)).toBeVisible();
  // The question is in the page once: the heading is also the options' group name.
  const first = (await page.locator('.quiz-heading').textContent())!.trim();
  await expect(page.locator('.onboarding').getByText(first, { exact: true })).toHaveCount(1);
  await expect(page.locator('#quiz-static')).toBeHidden();
  await expect(page.getByRole('group', { name: first })).toBeVisible();
  await expectAxeClean(page, 'a question');

  // Option, Space, Tab lands on "Check answer"; Enter grades and focus stays on the same button, now "Next".
  await page.getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  const next = page.getByRole('button', { name: 'Next question' });
  await expect(next).toBeFocused();
  const feedback = page.locator('.onboarding .feedback');
  await expect(feedback).toBeInViewport({ ratio: 1 });
  await expect(next).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => window.scrollY), 'the page did not have to scroll').toBe(0);
  await expectAxeClean(page, 'feedback');
  await page.keyboard.press('Enter');
  await expect(page.locator('.quiz-heading')).toBeFocused();

  // Question 2: Tab from the options reaches "Check answer" before "Previous".
  await page.getByRole('radio').nth(1).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Previous' })).toBeFocused();
  await page.getByRole('button', { name: 'Check answer' }).press('Enter');
  await page.getByRole('button', { name: 'Next question' }).press('Enter');

  // A reload keeps the quiz and puts focus on the question.
  await page.reload();
  await expect(page.getByText(/^Question 3 of 15/)).toBeVisible();
  await expect(page.locator('.quiz-heading')).toBeFocused();

  for (let i = 2; i < 15; i++) await answer(page, i % 3 === 0);
  const heading = page.getByRole('heading', { name: /Your result: \d+ of 15 correct/ });
  await expect(heading).toBeFocused();
  const right = Number((await heading.textContent())!.match(/(\d+) of 15/)![1]);
  const missed = 15 - right;
  expect(missed).toBeGreaterThan(0);
  await expect(page.locator('.review-list > li')).toHaveCount(15);
  await expect(page.locator('.review-list > li.is-missed')).toHaveCount(missed);
  await expect(page.locator('.review-list')).not.toContainText('..');
  await page.getByLabel(/Your name or handle/).fill('Rosa P.');
  await expect(page.locator('.quiz-who')).toContainText('Rosa P.,');
  await expectAxeClean(page, 'the result');

  // Print: name, date and every question with the answer given and the correct one, on one page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.quiz-summary')).toBeVisible();
  await expect(page.locator('.quiz-summary .quiz-actions')).toBeHidden();
  await expect(page.locator('.quiz-who')).toContainText(/Rosa P\., \d{4}-\d{2}-\d{2}/);
  await expect(page.locator('.review-list li.is-missed').first()).toContainText(/Correct:/);
  // The page sets 12 mm margins (@page); one sheet of A4 and of US Letter each.
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length, `printed pages on ${format}`).toBe(1);
  }
  await page.emulateMedia({ media: 'screen' });

  const shareUrl = (await page.locator('.share-link a').getAttribute('href'))!;
  await page.getByRole('button', { name: `Practise the ${missed} missed` }).click();
  await expect(page.getByText(new RegExp(`^Question 1 of ${missed} \\(practice: your score stays your first attempt\\)`))).toBeVisible();
  await expect(page.locator('.quiz-heading')).toBeFocused();

  await page.goto(shareUrl);
  await expect(page.getByRole('heading', { name: new RegExp(`Shared result: ${right} of 15 correct`) })).toBeVisible();
  await expect(page.locator('.quiz-who')).toContainText('Rosa P.');
});

test('a lead pastes three result links, one tampered, and gets the table, the weak topics, one rejection and a CSV', async ({ browser, page }) => {
  test.setTimeout(120_000);
  const ana = await takeQuiz(browser, 'Ana', 15);
  const ben = await takeQuiz(browser, 'Ben', 5);
  const cleo = await takeQuiz(browser, 'Cleo', 10);
  // Cleo's link with her payload edited by one character: the checksum no longer matches.
  const tampered = cleo.replace(/(#result=q3\.)(.)/, (_, p: string, ch: string) => `${p}${ch === 'e' ? 'f' : 'e'}`);
  await page.goto('/quiz/team/');
  await page.getByLabel(/^Result links/).fill([ana, ben, tampered].join('\n'));
  await page.getByRole('button', { name: 'Show the team' }).click();
  await expect(page.getByRole('heading', { name: '2 people counted, from 2 results; 1 link not read' })).toBeFocused();
  const rows = page.locator('.team-table tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).locator('th')).toContainText('Ana');
  await expect(rows.nth(0).locator('td').nth(0)).toHaveText('15 of 15 (100%)');
  await expect(rows.nth(1).locator('th')).toContainText('Ben');
  await expect(rows.nth(1).locator('td').nth(0)).toHaveText('5 of 15 (33%)');
  // Every topic has a column, and each row's topic cells add up to 15 questions.
  for (const row of [0, 1]) {
    const cells = await rows.nth(row).locator('td').allTextContents();
    const asked = cells.slice(2).reduce((sum, c) => sum + Number(c.match(/of (\d+)/)?.[1] ?? 0), 0);
    expect(asked).toBe(15);
  }
  await expect(page.locator('.team-table thead th')).toHaveCount(3 + 9);
  const rejected = page.locator('.team-rejected li');
  await expect(rejected).toHaveCount(1);
  await expect(rejected).toContainText('Line 3: not read because its checksum does not match, so the link was altered after it was made.');
  await expect(page.locator('.team-weakest li').first()).toContainText(/\d+ of \d+ first-attempt answers right/);
  // A question's review is a section of its guide, or of its scenario (one question reviews at a scenario).
  await expect(page.locator('.team-weakest a').first()).toHaveAttribute('href', /^\/(guides|scenarios)\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  await expectAxeClean(page, 'the team view');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the table as CSV' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
  expect(csv[0]).toMatch(/^Name,Date,Quiz,Counted,Note,Right,Asked,Score %,Practice rounds,Right in practice,When to fine-tune right,When to fine-tune asked,When to fine-tune %/);
  expect(csv[1]).toMatch(/^Ana,\d{4}-\d{2}-\d{2},random draw,yes,,15,15,100,0,0,/);
  expect(csv[2]).toMatch(/^Ben,\d{4}-\d{2}-\d{2},random draw,yes,,5,15,33,0,0,/);

  // The same links from a text file (Windows line endings, a blank line) give the same table.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Show the team' })).toBeEnabled();
  await page.locator('input[type=file]').setInputFiles({ name: 'links.txt', mimeType: 'text/plain', buffer: Buffer.from([ana, '', ben, tampered].join('\r\n')) });
  await expect(page.getByRole('heading', { name: '2 people counted, from 2 results; 1 link not read' })).toBeVisible();
  await expect(page.locator('.team-rejected li')).toContainText('Line 4: not read because its checksum does not match');
});

test('stored progress that is corrupt starts a fresh quiz; a garbage seed gets a new one', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('tune-or-prompt:onboarding-quiz:v2', '{"version":2,"seed":"ok","drawn":"boom"'));
  await page.goto('/quiz/?seed=%3Cscript%3E');
  await expect(page.getByText(/^Question 1 of 15/)).toBeVisible();
  await expect(page).toHaveURL(/\?seed=[0-9a-z]+$/);
  await expect(page.getByRole('status').filter({ hasText: 'The quiz link was cut or altered' })).toBeVisible();
  // The new seed is a good one: a reload has nothing to say about it.
  await page.reload();
  await expect(page.getByText(/^Question 1 of 15/)).toBeVisible();
  await expect(page.getByText('The quiz link was cut or altered')).toHaveCount(0);
});

test('a team link that cannot be read is refused once and leaves the address, so a reload does not repeat it', async ({ page }) => {
  await page.goto('/quiz/?team=garbage');
  await expect(page.getByRole('alert')).toContainText('That team quiz link cannot be used');
  await expect(page.getByText(/^Question 1 of 15/)).toBeVisible();
  await expect(page).not.toHaveURL(/team=/);
  await page.reload();
  await expect(page.getByText(/^Question 1 of 15/)).toBeVisible();
  await expect(page.getByText('That team quiz link cannot be used')).toHaveCount(0);
});

test('a tampered or foreign result link on the quiz page is refused with the reason', async ({ page }) => {
  await page.goto('/quiz/#result=q2.eyJhIjoxfQ.abc');
  await expect(page.getByText('That result link does not match this version of the quiz')).toContainText('checksum');
  await page.goto('/quiz/team/');
  await page.getByLabel(/^Result links/).fill('https://elsewhere.example/quiz/#result=q3.x.y\nnot a link\nq3.abc.def');
  await page.getByRole('button', { name: 'Show the team' }).click();
  await expect(page.locator('.team-rejected li')).toHaveText([/Line 1: not read because it points to elsewhere\.example, not to this site\./, /Line 3: not read because its checksum does not match/]);
  await expect(page.locator('.team-table')).toHaveCount(0);
});

test('when the feedback would end a fraction of a pixel below the window, checking scrolls it fully into view', async ({ browser }) => {
  // Where the feedback ends on a tall window decides the height of the window that cuts it by a fraction of a pixel.
  const checkFirstOption = async (height: number) => {
    const context = await browser.newContext({ viewport: { width: 1280, height } });
    const page = await context.newPage();
    await page.goto('/quiz/?seed=edge');
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.locator('.onboarding .feedback')).toBeVisible();
    return { page, context };
  };
  const tall = await checkFirstOption(1400);
  const bottom = await tall.page.evaluate(() => document.querySelector('.onboarding .feedback')!.getBoundingClientRect().bottom);
  await tall.context.close();
  const height = Math.ceil(bottom) - 1;
  const { page, context } = await checkFirstOption(height);
  await expect(page.locator('.onboarding .feedback')).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: 'Next question' })).toBeInViewport({ ratio: 1 });
  await context.close();
});

test.describe('on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('a question, a result and the team view never scroll sideways', async ({ page }) => {
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.goto('/quiz/?seed=narrow');
    await answer(page, false);
    expect(await overflow()).toBe(0);
    for (let i = 1; i < 15; i++) await answer(page, true);
    await expect(page.locator('.share-link a')).toBeVisible();
    expect(await overflow()).toBe(0);
    const link = (await page.locator('.share-link a').getAttribute('href'))!;
    await page.goto('/quiz/team/');
    await page.getByLabel(/^Result links/).fill(`${link}\n${link}x`);
    await page.getByRole('button', { name: 'Show the team' }).click();
    await expect(page.locator('.team-table')).toBeVisible();
    expect(await overflow()).toBe(0);
  });
});

test('a saved quiz survives a question being removed from the bank: it is skipped with a notice', async ({ page }) => {
  const ids = bank.questions.slice(0, 14).map((q) => q.id);
  const saved = { version: 2, seed: 'kept', drawn: ['a-question-since-removed', ...ids], answers: {}, round: ['a-question-since-removed', ...ids], roundNo: 0, current: 0, finished: false, name: '' };
  await page.addInitScript((value) => localStorage.setItem('tune-or-prompt:onboarding-quiz:v2', value), JSON.stringify(saved));
  await page.goto('/quiz/');
  await expect(page.getByText('One question of your saved quiz was removed from the site since you started, so it is skipped.')).toBeVisible();
  await expect(page.getByText(/^Question 1 of 14/)).toBeVisible();
  await expect(page.locator('.quiz-heading')).toHaveText(bank.questions[0]!.quiz.question);
  await expect(page).toHaveURL(/\?seed=kept$/);
});

/** Answers the question on screen (right or wrong) and returns its id. */
async function answerTracked(page: Page, right: boolean): Promise<string> {
  const { question } = await shown(page);
  await answer(page, right);
  return byQuestion.get(question)!.id;
}

test('three people take one team quiz, one practises, one sends two links: the team view counts first attempts', async ({ browser, page }) => {
  test.setTimeout(180_000);
  // The lead sets a six-question team quiz on three topics.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/quiz/team/');
  await expect(page.getByRole('button', { name: 'Create the team link' })).toBeEnabled();
  await page.getByLabel(/^Name of the quiz/).fill('Platform, December');
  await page.getByLabel('Questions', { exact: true }).fill('6');
  for (const label of ['Facts and retrieval', 'Prompting', 'Evaluation', 'Structured output', 'Fine-tuning methods', 'Self-hosting']) {
    await page.getByRole('checkbox', { name: label }).uncheck();
  }
  await page.getByRole('button', { name: 'Create the team link' }).click();
  const teamLink = (await page.locator('.team-made .share-link a').getAttribute('href'))!;
  expect(teamLink).toMatch(/\/quiz\/\?team=t1\./);

  /** One person: answers right where `right(i)` says; optionally practises the missed; returns links and ids asked. */
  async function person(name: string, right: (i: number) => boolean, practise = false) {
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(teamLink);
    await expect(p.getByText(/Team quiz: Platform, December/)).toBeVisible();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await answerTracked(p, right(i)));
    await p.getByLabel(/Your name or handle/).fill(name);
    const first = (await p.locator('.share-link a').getAttribute('href'))!;
    let practised: string | null = null;
    if (practise) {
      const missed = ids.filter((_, i) => !right(i)).length;
      await p.getByRole('button', { name: `Practise the ${missed} missed` }).click();
      for (let i = 0; i < missed; i++) await answer(p, true);
      await expect(p.getByRole('heading', { name: /Your result: \d of 6 correct on the first attempt/ })).toBeVisible();
      await expect(p.locator('.quiz-practice')).toContainText(`${missed} of the ${missed} missed answered right in one retry`);
      practised = (await p.locator('.share-link a').getAttribute('href'))!;
    }
    await context.close();
    return { ids, first, practised };
  }
  const ana = await person('Ana Ruiz', (i) => i < 2, true);
  const ben = await person('', () => true);
  const cy = await person('Cy', (i) => i % 2 === 0);
  // Everyone was asked the same questions in the same order.
  expect(ben.ids).toEqual(ana.ids);
  expect(cy.ids).toEqual(ana.ids);

  // The lead pastes the chat as it is: timestamps, names, angle brackets, two links on one line.
  const chat = [
    `[09:14] Ana Ruiz: done <${ana.first}>`,
    `[09:20] Ben Okafor: ${ben.first}`,
    `[09:31] Cy: ${cy.first} - oh and Ana's second one: ${ana.practised}`,
  ].join('\n');
  await page.getByLabel(/^Result links/).fill(chat);
  await page.getByRole('button', { name: 'Show the team' }).click();
  await expect(page.getByRole('heading', { name: '3 people counted, from 4 results' })).toBeFocused();
  const rows = page.locator('.team-table tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0).locator('th')).toContainText('Ana Ruiz');
  await expect(rows.nth(0).locator('td').nth(0)).toHaveText('2 of 6 (33%)');
  await expect(rows.nth(1).locator('th')).toContainText('Ben Okafor');
  await expect(rows.nth(1).locator('td').nth(0)).toHaveText('6 of 6 (100%)');
  await expect(rows.nth(2).locator('td').nth(0)).toHaveText('3 of 6 (50%)');
  // Ana's practised link: still her first attempt (2 of 6), practice beside it, flagged as her repeat.
  await expect(rows.nth(3).locator('td').nth(0)).toHaveText('2 of 6 (33%)');
  await expect(rows.nth(3).locator('td').nth(1)).toHaveText('4 more right in 1 retry');
  await expect(rows.nth(3).locator('th')).toContainText('repeat of line 1, not counted');

  // Per topic, counted first attempts only: hand-count from the bank which questions each person got right.
  const topicOf = new Map(bank.questions.map((q) => [q.id, q.topic]));
  const expected = new Map<string, [number, number]>();
  for (const [rightAt, ids] of [[(i: number) => i < 2, ana.ids], [() => true, ben.ids], [(i: number) => i % 2 === 0, cy.ids]] as const) {
    ids.forEach((id, i) => {
      const [r, a] = expected.get(topicOf.get(id)!) ?? [0, 0];
      expected.set(topicOf.get(id)!, [r + (rightAt(i) ? 1 : 0), a + 1]);
    });
  }
  const weakest = await page.locator('.team-weakest li strong').allTextContents();
  const labels: Record<string, string> = { decision: 'When to fine-tune', cost: 'Cost and latency', reasoning: 'Reasoning models' };
  for (const li of await page.locator('.team-weakest li').allTextContents()) {
    const topic = Object.keys(labels).find((t) => li.startsWith(labels[t]!))!;
    const [r, a] = expected.get(topic)!;
    expect(li).toContain(`${r} of ${a} first-attempt answers right`);
  }
  expect(weakest.length).toBeGreaterThan(0);

  // 1280 px: the table uses the page's width and nothing scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  const wrap = await page.locator('.team-table-wrap').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(wrap).toBeLessThanOrEqual(0);
  await expectAxeClean(page, 'the team view with a team quiz');

  // A reload keeps the links (and the address can be bookmarked); "Clear" forgets them.
  await expect(page).toHaveURL(/#links=/);
  const bookmark = page.url();
  await page.reload();
  await expect(page.locator('.team-table tbody tr')).toHaveCount(4);
  await page.evaluate(() => history.replaceState(null, '', '/quiz/team/'));
  await page.reload();
  await expect(page.locator('.team-table tbody tr')).toHaveCount(4);
  await page.getByRole('button', { name: 'Clear the links' }).click();
  await expect(page.locator('.team-table')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Show the team' })).toBeEnabled();
  await expect(page.locator('.team-table')).toHaveCount(0);
  // The bookmarked address alone, in a fresh browser, shows the same table.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(bookmark);
  await expect(fresh.locator('.team-table tbody tr')).toHaveCount(4);
  await other.close();
});

test('corrupt saved team-view state is ignored', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('tune-or-prompt:team-view:v1', '{"version":1,"text":'));
  await page.goto('/quiz/team/');
  await expect(page.getByRole('button', { name: 'Show the team' })).toBeEnabled();
  await expect(page.locator('.team-table')).toHaveCount(0);
});

test('without JavaScript the quiz page shows the whole bank with "Show the answer", and no loading notice', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/quiz/');
  await expect(page.getByText('Loading the quiz')).toHaveCount(0);
  await expect(page.locator('#quiz-static')).toBeVisible();
  const summaries = page.locator('#quiz-static details summary');
  await expect(summaries).toHaveCount(bank.questions.length);
  await expect(summaries.first()).toHaveText('Show the answer');
  const first = page.locator('#quiz-static details').first();
  await expect(first.locator('strong')).toBeHidden();
  await summaries.first().click();
  await expect(first.locator('strong')).toBeVisible();
  await context.close();
});

test('the team-quiz form is disabled until it is live, and a name typed before the bank arrives is kept', async ({ browser, page }) => {
  const still = await browser.newContext({ javaScriptEnabled: false });
  const before = await still.newPage();
  await before.goto('/quiz/team/');
  await expect(before.getByLabel(/^Name of the quiz/)).toBeDisabled();
  await expect(before.getByRole('checkbox', { name: 'Prompting' })).toBeDisabled();
  // The results half needs the script too: nothing there is offered, and nothing claims to be loading.
  await expect(before.getByText('Loading the questions')).toHaveCount(0);
  await expect(before.getByLabel(/^Result links/)).toBeDisabled();
  await expect(before.locator('input[type=file]')).toBeDisabled();
  await expect(before.getByRole('button', { name: 'Clear the links' })).toBeDisabled();
  await expect(before.getByRole('button', { name: 'Show the team' })).toBeDisabled();
  await still.close();

  // The bank arrives late: its re-render is the one that used to reset what had been typed.
  await page.route('**/quiz/questions.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.goto('/quiz/team/');
  await page.getByLabel(/^Name of the quiz/).fill('Typed early');
  await expect(page.getByRole('button', { name: 'Create the team link' })).toBeEnabled();
  await expect(page.getByLabel(/^Name of the quiz/)).toHaveValue('Typed early');
});

/** A result link made directly: one question from each topic, right where `right(i)` says so. */
function madeResultLink(origin: string, name: string, seed: string, right: (i: number) => boolean): string {
  const topics = [...new Set(bank.questions.map((q) => q.topic))];
  const items = topics.map((topic, i) => {
    const q = bank.questions.find((x) => x.topic === topic)!;
    const key = q.quiz.options.findIndex((o) => o.correct);
    return { id: q.id, choice: right(i) ? key : (key + 1) % q.quiz.options.length, correct: right(i) };
  });
  return resultLink(origin, encodeResult({ bank: bank.version, name, date: '2026-12-01', seed, items, team: null, attempt: 1, practice: { rounds: 0, right: 0 }, legacy: false }));
}

test('the team table reads at every width: a whole caption and aligned values on a phone, whole header words wider up', async ({ page, baseURL }) => {
  const links = [
    madeResultLink(baseURL!, 'Ana', 'a1', (i) => i % 2 === 0),
    madeResultLink(baseURL!, 'Bo', 'b2', () => true),
    madeResultLink(baseURL!, 'Maximiliana Constantinopoulou-Fitzgerald', 'c3', (i) => i < 4),
  ];
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/quiz/team/');
  await page.getByLabel(/^Result links/).fill(links.join('\n'));
  await page.getByRole('button', { name: 'Show the team' }).click();
  await expect(page.locator('.team-table tbody tr')).toHaveCount(3);
  for (const width of [360, 768, 1024, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    // The region learns of the new width from a resize observer: give it its frame.
    await page.waitForFunction(() => {
      const wrap = document.querySelector('.team-table')!.parentElement!;
      return (wrap.getAttribute('tabindex') === '0') === wrap.scrollWidth > wrap.clientWidth + 1;
    });
    const layout = await page.locator('.team-table').evaluate((table) => {
      const caption = table.querySelector('caption')!.getBoundingClientRect();
      const wrap = table.parentElement!;
      // Where each card's value starts (the text after the label the cell draws before it).
      const starts = [...table.querySelectorAll('tbody td')].map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return Math.round(range.getClientRects()[0]!.left);
      });
      // Header words drawn on more than one line.
      const broken: string[] = [];
      // (On a phone the header row is read by screen readers only; each card line carries its label.)
      const headerShown = table.querySelector('thead')!.getBoundingClientRect().width > 1;
      for (const th of headerShown ? table.querySelectorAll('thead th') : []) {
        const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const word of node.textContent!.matchAll(/[^\s-]+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index!);
            range.setEnd(node, word.index! + word[0].length);
            if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1) broken.push(word[0]);
          }
        }
      }
      const box = wrap.getBoundingClientRect();
      return {
        caption: { width: caption.width, height: caption.height, inside: caption.left >= box.left - 1 && caption.right <= box.right + 1 },
        wrapWidth: wrap.clientWidth,
        scrolls: wrap.scrollWidth > wrap.clientWidth + 1,
        focusable: wrap.getAttribute('tabindex') === '0' && /scrolls sideways/.test(wrap.getAttribute('aria-label') ?? ''),
        starts,
        broken,
        pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    });
    expect(layout.pageOverflow, `${width} px`).toBe(0);
    expect(layout.broken, `header words broken inside at ${width} px`).toEqual([]);
    expect(layout.caption.width, `the caption spans the table at ${width} px`).toBeGreaterThanOrEqual(layout.wrapWidth - 2);
    expect(layout.caption.height, `the caption takes at most two lines at ${width} px`).toBeLessThan(60);
    expect(layout.caption.inside, `the caption stays in the visible box at ${width} px`).toBe(true);
    // A table wider than its box scrolls in a region the keyboard can reach, and only then is it a Tab stop.
    expect(layout.focusable, `${width} px`).toBe(layout.scrolls);
    if (width === 360) expect(new Set(layout.starts).size, 'card values start at one x').toBe(1);
  }
  await expectAxeClean(page, 'the team table at 1280 px');
  await page.setViewportSize({ width: 360, height: 740 });
  await expectAxeClean(page, 'the team table at 360 px');
});

test('the team and quiz name fields look like the site\'s other fields, in light and dark', async ({ page }) => {
  /** The differences between a field's look and a `.field` input's, for each id. */
  const unlike = (ids: string[]) =>
    page.evaluate((list) => {
      const probe = document.createElement('div');
      probe.className = 'field';
      probe.innerHTML = '<input type="text">';
      document.querySelector('main')!.append(probe);
      const props = ['backgroundColor', 'borderTopColor', 'borderTopWidth', 'borderTopStyle', 'borderRadius', 'paddingLeft', 'color'] as const;
      const ref = getComputedStyle(probe.querySelector('input')!);
      const refHeight = probe.querySelector('input')!.getBoundingClientRect().height;
      const out: string[] = [];
      for (const id of list) {
        const el = document.getElementById(id)!;
        const style = getComputedStyle(el);
        for (const p of props) if (style[p] !== ref[p]) out.push(`#${id} ${p}: ${style[p]}, a field has ${ref[p]}`);
        if (el.getBoundingClientRect().height < refHeight - 0.5) out.push(`#${id} is ${el.getBoundingClientRect().height}px tall, a field ${refHeight}px`);
      }
      probe.remove();
      return out;
    }, ids);
  await page.goto('/quiz/team/');
  await expect(page.getByLabel(/^Name of the quiz/)).toBeEnabled();
  await expect(page.getByLabel(/^Result links/)).toBeEnabled();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await unlike(['team-label', 'team-size', 'team-links']), scheme).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/quiz/?seed=fields');
  for (let i = 0; i < 15; i++) await answer(page, i % 3 === 0);
  await expect(page.getByLabel(/Your name or handle/)).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await unlike(['quiz-name']), scheme).toEqual([]);
  }
});
