import { describe, expect, it } from 'vitest';
import { cardText, clip, MAX_SUBTITLE, MAX_TITLE, ogImagePath, ogRouteParam, sectionOf, titleSize } from './social-card.ts';

describe('ogImagePath', () => {
  it('maps each page path to its own image', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/guides/')).toBe('/og/guides.png');
    expect(ogImagePath('/guides/overview/')).toBe('/og/guides/overview.png');
    expect(ogImagePath('/scenarios/hr-policies/')).toBe('/og/scenarios/hr-policies.png');
    expect(ogImagePath('/research/claim-checks/')).toBe('/og/research/claim-checks.png');
    expect(ogImagePath('/research/hu-2021-lora/')).toBe('/og/research/hu-2021-lora.png');
  });
  it('gives the same image with or without the trailing slash, an .html ending, a query or a hash', () => {
    for (const path of ['/404', '/404/', '/404.html']) expect(ogImagePath(path)).toBe('/og/404.png');
    expect(ogImagePath('/index.html')).toBe('/og/index.png');
    expect(ogImagePath('/guides/index.html')).toBe('/og/guides.png');
    expect(ogImagePath('/faq/?q=lora#when-to-fine-tune')).toBe('/og/faq.png');
    expect(ogImagePath('')).toBe('/og/index.png');
  });
  it('decodes escaped characters and refuses paths that climb out of /og/', () => {
    expect(ogImagePath('/research/caf%C3%A9/')).toBe('/og/research/café.png');
    expect(() => ogImagePath('/guides/../../etc/')).toThrow(/Not a page path/);
  });
  it('gives distinct images to distinct pages', () => {
    const paths = ['/', '/guides/', '/guides/overview/', '/guides/overview/more/', '/faq/', '/pages/', '/404/'];
    expect(new Set(paths.map(ogImagePath)).size).toBe(paths.length);
  });
  it('gives the card route its parameter', () => {
    expect(ogRouteParam('/guides/overview/')).toBe('guides/overview.png');
    expect(ogRouteParam('/')).toBe('index.png');
  });
});

describe('card text', () => {
  it('names the section of each part of the site', () => {
    expect(sectionOf('/guides/fine-tuning/')).toBe('Guides');
    expect(sectionOf('/scenarios/')).toBe('Scenarios');
    expect(sectionOf('/decide/')).toBe('Tools');
    expect(sectionOf('/calculator/')).toBe('Tools');
    expect(sectionOf('/quiz/')).toBe('Tools');
    expect(sectionOf('/research/lewis-2020-rag/')).toBe('Research');
    expect(sectionOf('/glossary/')).toBe('Reference');
    expect(sectionOf('/')).toBeUndefined();
    expect(sectionOf('/404/')).toBeUndefined();
  });
  it('shows the title and the section under it', () => {
    expect(cardText({ path: '/guides/overview/', title: 'The overview', description: 'd' })).toEqual({
      title: 'The overview',
      subtitle: 'Guides',
      subtitleIsSection: true,
    });
    const source = { path: '/research/hu-2021-lora/', title: 'LoRA', description: 'd', byline: 'Hu et al. (2022)' };
    expect(cardText(source).subtitle).toBe('Research · Hu et al. (2022)');
  });
  it('shows the description when the section would repeat the title or there is none', () => {
    expect(cardText({ path: '/guides/', title: 'Guides', description: 'Every guide.' })).toMatchObject({ subtitle: 'Every guide.', subtitleIsSection: false });
    expect(cardText({ path: '/404/', title: 'Page not found', description: 'Gone.' }).subtitle).toBe('Gone.');
  });
  it('shows the headline and tagline on the home card', () => {
    const home = { headline: 'Prompt it, or fine-tune it?', tagline: 'Decide with evidence.' };
    expect(cardText({ path: '/', title: 'Tune or Prompt', description: 'd' }, home)).toEqual({
      title: home.headline,
      subtitle: home.tagline,
      subtitleIsSection: false,
    });
    expect(cardText({ path: '/faq/', title: 'FAQ page', description: 'd' }, home).title).toBe('FAQ page');
  });
  it('clips long text at a word with an ellipsis', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('  spaced \n out  ', 20)).toBe('spaced out');
    expect(clip('one two three four five', 14)).toBe('one two three…');
    expect(clip('one two, three four', 10)).toBe('one two…');
    expect(clip('abcdefghijklmnop', 8)).toBe('abcdefg…');
    const long = cardText({ path: '/research/x/', title: 'word '.repeat(60), description: 'z '.repeat(200) });
    expect(long.title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(long.title.endsWith('…')).toBe(true);
    const noSection = cardText({ path: '/x/', title: 'X', description: 'word '.repeat(100) });
    expect(noSection.subtitle.length).toBeLessThanOrEqual(MAX_SUBTITLE);
  });
  it('sets long titles in smaller type', () => {
    expect(titleSize('Guides')).toBeGreaterThan(titleSize('x'.repeat(60)));
    expect(titleSize('x'.repeat(60))).toBeGreaterThan(titleSize('x'.repeat(110)));
  });
});
