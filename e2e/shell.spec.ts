/** The page shell: theme toggle, mobile menu, skip link, and zero framework JavaScript on content pages. */
import { expect, test } from '@playwright/test';

test('the theme toggle works by keyboard and is remembered', async ({ page }) => {
  await page.goto('/guides/');
  const toggle = page.getByRole('button', { name: /Color theme/ });
  await expect(toggle).toHaveAccessibleName('Color theme: System');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Color theme: Dark' })).toBeVisible();
  await page.getByRole('button', { name: 'Color theme: Dark' }).press('Enter');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

/** The icon the theme toggle shows: the markup of each of its visible icons. */
const visibleIcon = (page: import('@playwright/test').Page) =>
  page.locator('.theme-toggle svg').evaluateAll((icons) => icons.filter((i) => i.getClientRects().length > 0).map((i) => i.outerHTML).join(''));

for (const [scheme, viewport] of [['light', { width: 360, height: 740 }], ['dark', { width: 1280, height: 900 }]] as const) {
  test(`each theme state has its own icon, and the name says the state (${scheme} system theme, ${viewport.width} px)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize(viewport);
    await page.goto('/guides/');
    const toggle = page.locator('.theme-toggle');
    const icons: string[] = [];
    for (const state of ['System', 'Light', 'Dark']) {
      await expect(toggle).toHaveAccessibleName(`Color theme: ${state}`);
      const icon = await visibleIcon(page);
      expect(icon, `an icon shows for ${state}`).not.toBe('');
      icons.push(icon);
      await toggle.press('Enter');
    }
    expect(new Set(icons).size, 'three different icons').toBe(3);
    await expect(toggle).toHaveAccessibleName('Color theme: System');
    // A stored choice shows its own icon from the start.
    await toggle.press('Enter');
    await page.reload();
    await expect(toggle).toHaveAccessibleName('Color theme: Light');
    expect(await visibleIcon(page)).toBe(icons[1]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('controls that need the script (theme toggle, copy buttons) are not shown', async ({ page }) => {
    for (const path of ['/guides/overview/', '/research/hu-2021-lora/', '/quiz/team/']) {
      await page.goto(path);
      await expect(page.locator('.theme-toggle')).toBeHidden();
      const shown = await page.locator('[hidden]').evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).map((el) => el.outerHTML.slice(0, 80)));
      expect(shown, path).toEqual([]);
    }
    await page.goto('/research/hu-2021-lora/');
    expect(await page.locator('.copy-button').count()).toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
  });
});

test('a corrupt stored theme falls back to the system theme', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('theme', '<script>alert(1)</script>'));
  await page.goto('/');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect(page.getByRole('button', { name: 'Color theme: System' })).toBeVisible();
});

test.describe('on a 320 px screen', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the mobile menu opens and closes by keyboard', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Primary' })).toBeHidden();
    const menu = page.locator('summary', { hasText: 'Menu' });
    await menu.focus();
    await page.keyboard.press('Enter');
    const mobileNav = page.getByRole('navigation', { name: 'Mobile' });
    await expect(mobileNav.getByRole('link', { name: 'Research' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(mobileNav.getByRole('link', { name: 'Guides' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(mobileNav).toBeHidden();
    await expect(menu).toBeFocused();
  });

});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/guides/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('a content page without an island loads no framework JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/guides/');
  await expect(page.locator('astro-island')).toHaveCount(0);
  const framework = scripts.filter((url) => /preact|client\.[\w-]+\.js|astro-island/.test(url));
  expect(framework).toEqual([]);
  const inline = await page.locator('script:not([src])').allTextContents();
  expect(inline.join('\n')).not.toMatch(/preact|astro-island/);
});

test('unknown pages get the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the 404 page offers search and the main sections', async ({ page }) => {
  await page.goto('/no-such-page/');
  const main = page.getByRole('main');
  for (const [name, href] of [['Guides', '/guides/'], ['Scenarios', '/scenarios/'], ['FAQ', '/faq/'], ['Research', '/research/'], ['Glossary', '/glossary/'], ['All pages', '/pages/']]) {
    await expect(main.getByRole('link', { name, exact: true })).toHaveAttribute('href', href!);
  }
  const search = main.getByRole('button', { name: 'Search the site' });
  await search.click();
  await expect(page.getByRole('dialog', { name: 'Search the site' })).toBeVisible();
  await page.keyboard.type('lora');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
});
