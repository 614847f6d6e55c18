import { afterEach, describe, expect, it, vi } from 'vitest';
import { citationSchema, claimCheckSchema, faqSchema, glossarySchema, guideSchema, questionSchema, quizSchema, scenarioSchema, slug } from './schemas.ts';

const validCitation = {
  title: 'LoRA: Low-Rank Adaptation of Large Language Models',
  authors: ['Edward J. Hu', 'Yelong Shen'],
  year: 2022,
  venue: 'ICLR 2022',
  type: 'paper',
  venueType: 'conference',
  url: 'https://arxiv.org/abs/2106.09685',
  arxiv: '2106.09685',
  topics: ['peft', 'fine-tuning'],
  claims: [{ text: 'Low-rank updates cut trainable parameters sharply.', figure: '10,000x', locator: 'Abstract' }],
};

/** The messages of a failed parse, as "path: message". */
function problems(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('citation schema', () => {
  it('accepts a complete entry', () => {
    expect(problems(citationSchema, validCitation)).toEqual([]);
  });
  it('rejects a source without a link, naming the field', () => {
    const { url: _url, ...noLink } = validCitation;
    expect(problems(citationSchema, noLink)).toEqual([expect.stringMatching(/^url: /)]);
  });
  it('rejects http and malformed links', () => {
    expect(problems(citationSchema, { ...validCitation, url: 'http://arxiv.org/abs/1' })).toEqual(['url: must be an absolute https:// URL']);
    expect(problems(citationSchema, { ...validCitation, url: 'arxiv.org/abs/1' })).toEqual(['url: must be an absolute https:// URL']);
  });
  it('needs a venue type on papers and an institution on reports, naming the field', () => {
    const { venueType: _v, ...noVenueType } = validCitation;
    expect(problems(citationSchema, noVenueType)).toEqual([expect.stringMatching(/^venueType: a paper needs venueType/)]);
    expect(problems(citationSchema, { ...validCitation, type: 'report' })).toEqual([
      expect.stringMatching(/^venueType: venueType is for papers only/),
      expect.stringMatching(/^institution: a report needs/),
    ]);
    expect(problems(citationSchema, { ...validCitation, venueType: 'preprint', arxiv: undefined })).toEqual([expect.stringMatching(/^arxiv: a preprint needs/)]);
  });
  it('checks that a multi-word family name ends one of the authors', () => {
    expect(problems(citationSchema, { ...validCitation, familyNames: ['Shen'] })).toEqual([]);
    expect(problems(citationSchema, { ...validCitation, familyNames: ['Cooper Stickland'] })).toEqual(['familyNames.0: no author ends with "Cooper Stickland"']);
  });
  it('checks that each proper noun stands in the title as whole words', () => {
    expect(problems(citationSchema, { ...validCitation, properNouns: ['Low-Rank Adaptation'] })).toEqual([]);
    expect(problems(citationSchema, { ...validCitation, properNouns: ['Adapt'] })).toEqual(['properNouns.0: the title has no "Adapt" as whole words']);
    expect(problems(citationSchema, { ...validCitation, properNouns: ['language'] })[0]).toMatch(/^properNouns\.0: a proper noun starts with a capital/);
  });
  it('rejects an unknown topic', () => {
    expect(problems(citationSchema, { ...validCitation, topics: ['astrology'] })[0]).toMatch(/^topics\.0: /);
  });
  it('rejects a year out of range', () => {
    expect(problems(citationSchema, { ...validCitation, year: 1800 })[0]).toMatch(/^year: year must be 1950 or later/);
    expect(problems(citationSchema, { ...validCitation, year: 3000 })[0]).toMatch(/^year: year must be \d{4} or earlier/);
  });
  it('rejects an arXiv id that YAML turned into a number', () => {
    expect(problems(citationSchema, { ...validCitation, arxiv: 2106.0968 })[0]).toMatch(/^arxiv: arxiv must be a quoted string/);
  });
  it('rejects unknown fields, so typos do not vanish silently', () => {
    expect(problems(citationSchema, { ...validCitation, venu: 'x' })[0]).toMatch(/venu/);
  });
  it('requires at least one claim', () => {
    expect(problems(citationSchema, { ...validCitation, claims: [] })).toEqual(['claims: a source needs at least one claim']);
  });
});

const quiz = {
  question: 'What first?',
  options: [
    { text: 'A', correct: true, feedback: 'yes' },
    { text: 'B', feedback: 'no' },
  ],
  explanation: 'Because.',
};

describe('quiz schema', () => {
  it('accepts exactly one correct option and defaults the rest to false', () => {
    const parsed = quizSchema.parse(quiz);
    expect(parsed.options.map((o) => o.correct)).toEqual([true, false]);
  });
  it('rejects a quiz with no correct option', () => {
    expect(problems(quizSchema, { ...quiz, options: quiz.options.map((o) => ({ ...o, correct: false })) })).toEqual([
      'options: exactly one option must have "correct: true" (found 0)',
    ]);
  });
  it('rejects a quiz with two correct options', () => {
    expect(problems(quizSchema, { ...quiz, options: quiz.options.map((o) => ({ ...o, correct: true })) })).toEqual([
      'options: exactly one option must have "correct: true" (found 2)',
    ]);
  });
});

describe('page schemas', () => {
  it('guide: requires a description of useful length', () => {
    expect(problems(guideSchema, { title: 'Guide', description: 'short', order: 1, reviewed: '2026-01-01' })[0]).toMatch(/^description: /);
  });
  it('scenario: names a bad recommendation and a missing quiz', () => {
    const schema = scenarioSchema(slug);
    const issues = problems(schema, {
      title: 'Scenario',
      description: 'A scenario description that is long enough to pass.',
      order: 1,
      recommendation: 'magic',
      verdict: 'Do the thing now.',
      guides: ['overview'],
      origin: 'site',
      reviewed: '2026-01-01',
    });
    expect(issues).toEqual([expect.stringMatching(/^recommendation: /), expect.stringMatching(/^quiz: /)]);
  });
  describe('reviewed: the day a page was last reviewed', () => {
    afterEach(() => vi.unstubAllEnvs());
    const page = { title: 'Guide', description: 'A guide description that is long enough to pass.', order: 1 };
    const answer = { question: 'Is it?', answer: 'It is, mostly.', order: 1 };
    it('is required on guides, scenarios and FAQ answers, naming the field', () => {
      expect(problems(guideSchema, page)).toEqual(['reviewed: required: the day the page was last reviewed, as reviewed: YYYY-MM-DD']);
      expect(problems(faqSchema(slug), answer)).toEqual(['reviewed: required: the day the page was last reviewed, as reviewed: YYYY-MM-DD']);
      expect(problems(scenarioSchema(slug), {})).toContain('reviewed: required: the day the page was last reviewed, as reviewed: YYYY-MM-DD');
    });
    it('accepts the build day itself and any day before it', () => {
      vi.stubEnv('TOP_BUILD_DATE', '2026-12-07');
      expect(problems(guideSchema, { ...page, reviewed: '2026-12-07' })).toEqual([]);
      expect(guideSchema.parse({ ...page, reviewed: '2026-11-24' }).reviewed.toISOString().slice(0, 10)).toBe('2026-11-24');
    });
    it('rejects a day after the build day, and text that is no date', () => {
      vi.stubEnv('TOP_BUILD_DATE', '2026-12-07');
      expect(problems(faqSchema(slug), { ...answer, reviewed: '2026-12-08' })).toEqual([
        'reviewed: 2026-12-08 is after the build day 2026-12-07: a review cannot be dated in the future',
      ]);
      expect(problems(guideSchema, { ...page, reviewed: 'last week' })).toEqual(['reviewed: must be a date such as 2026-12-07']);
    });
  });
  it('question: the section must be a heading anchor', () => {
    const bankQuiz = { ...quiz, options: [0, 1, 2, 3].map((i) => ({ text: `Option ${i}`, correct: i === 2, feedback: `Why ${i}.` })) };
    const question = { order: 1, topic: 'cost', difficulty: 'basic', guide: 'overview', section: 'the-checklist', supports: ['the phrase the key rests on'], quiz: bankQuiz };
    expect(problems(questionSchema, question)).toEqual([]);
    expect(problems(questionSchema, { ...question, section: 'Not An Anchor' })).toEqual([expect.stringMatching(/^section: /)]);
  });
  it('question: supports is required and quotes at least one phrase of eight characters or more, naming the field', () => {
    const bankQuiz = { ...quiz, options: [0, 1, 2, 3].map((i) => ({ text: `Option ${i}`, correct: i === 2, feedback: `Why ${i}.` })) };
    const { supports: _supports, ...question } = { order: 1, topic: 'cost', difficulty: 'basic', guide: 'overview', section: 'the-checklist', supports: ['the phrase the key rests on'], quiz: bankQuiz };
    expect(problems(questionSchema, question)).toEqual([
      'supports: required: quote the words of the linked section that the correct answer rests on, as supports: ["..."]',
    ]);
    expect(problems(questionSchema, { ...question, supports: [] })).toEqual([
      'supports: at least one phrase: quote the words of the linked section that the correct answer rests on, as supports: ["..."]',
    ]);
    expect(problems(questionSchema, { ...question, supports: ['short'] })).toEqual(['supports.0: a phrase of at least eight characters']);
    expect(problems(questionSchema, { ...question, supports: 'the phrase the key rests on' })).toEqual(['supports: a list of phrases, as supports: ["..."]']);
    expect(questionSchema.parse({ ...question, supports: ['the phrase the key rests on'] }).supports).toEqual(['the phrase the key rests on']);
  });
  it('question: topic and difficulty come from fixed lists, and there are four options, each with its own feedback', () => {
    const bankQuiz = { ...quiz, options: [0, 1, 2, 3].map((i) => ({ text: `Option ${i}`, correct: i === 0, feedback: i < 2 ? 'Same.' : `Why ${i}.` })) };
    const question = { order: 1, topic: 'vibes', difficulty: 'easy', guide: 'overview', section: 'the-checklist', supports: ['the phrase the key rests on'], quiz: bankQuiz };
    expect(problems(questionSchema, question)).toEqual([
      expect.stringMatching(/^topic: /),
      expect.stringMatching(/^difficulty: /),
      'quiz.options.1.feedback: repeats the feedback of option 1; each option explains itself',
    ]);
    expect(problems(questionSchema, { ...question, topic: 'cost', difficulty: 'basic', quiz })).toEqual([
      'quiz.options: an onboarding question has exactly 4 options (found 2)',
    ]);
  });
  it('glossary: internal links must be site paths', () => {
    expect(problems(glossarySchema, { term: 'RAG', definition: 'Retrieval-augmented generation.', seeAlso: [{ label: 'x', href: 'https://evil.example' }] })[0]).toMatch(
      /^seeAlso\.0\.href: /,
    );
  });
  it('claim check: verdict must be one of the four', () => {
    const check = { title: 'Is it so?', topic: 'cost', claim: 'A claim with numbers.', attribution: 'Someone', sources: ['a'], findings: 'They say otherwise.', verdict: 'maybe', summary: 'It is not so at all.' };
    expect(problems(claimCheckSchema, check)[0]).toMatch(/^verdict: /);
  });
});
