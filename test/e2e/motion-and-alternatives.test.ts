// prefers-reduced-motion: reduce stops every CSS transition and animation and smooth scrolling on every page,
// also while the widgets that train run; and every chart has a text alternative that states numbers.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoProblems, listPages, openPage, useSite } from './harness.ts';

useSite();

/** Elements whose computed transition or animation lasts longer than the reduced-motion rule allows (0.01 ms). */
function movingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (value: string): number =>
      Math.max(...value.split(',').map((part) => (part.trim().endsWith('ms') ? Number.parseFloat(part) / 1000 : Number.parseFloat(part))));
    const moving: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const transition = style.transitionProperty !== 'none' ? seconds(style.transitionDuration) : 0;
        const animation = style.animationName !== 'none' ? seconds(style.animationDuration) : 0;
        if (transition > 0.00001 || animation > 0.00001) moving.push(`${element.tagName.toLowerCase()}.${element.className}${pseudo ?? ''}`);
      }
    }
    if (getComputedStyle(document.documentElement).scrollBehavior !== 'auto') moving.push('html: smooth scrolling');
    for (const animation of document.getAnimations()) moving.push(`animation ${animation.constructor.name} ${String(animation.id)}`);
    return moving;
  });
}

describe('reduced motion', () => {
  it.each(listPages())('%s has no transition, animation or smooth scrolling', async (path) => {
    const { page, problems, close } = await openPage(path, { reducedMotion: 'reduce' });
    expect(await movingElements(page)).toEqual([]);
    expectNoProblems(problems);
    await close();
  });

  it('the deep-network lab still trains, with no animation, while the reader asks for less motion', async () => {
    const { page, problems, close } = await openPage('/lessons/vanishing-gradients/', { reducedMotion: 'reduce' });
    const lab = page.locator('.widget[data-widget="deep-network-lab"], .widget:has([data-preset])').first();
    await lab.scrollIntoViewIfNeeded();
    const train = lab.locator('[data-role="train"]');
    await train.waitFor({ state: 'visible' });
    const epochBefore = await lab.locator('[data-role="epoch"]').innerText();
    await train.click();
    await expect.poll(() => lab.locator('[data-role="epoch"]').innerText(), { timeout: 20_000 }).not.toBe(epochBefore);
    expect(await movingElements(page)).toEqual([]);
    expectNoProblems(problems);
    await close();
  });
});

describe('charts', () => {
  it.each(listPages().filter((path) => path.startsWith('/lessons/')))(
    '%s: every chart in a widget has a text alternative that states numbers',
    async (path) => {
      const { page, close } = await openPage(path);
      const missing = await page.evaluate(() => {
        const text = (element: Element): string => {
          const label = element.getAttribute('aria-label') ?? '';
          const ids = `${element.getAttribute('aria-labelledby') ?? ''} ${element.getAttribute('aria-describedby') ?? ''}`;
          const referenced = ids.split(/\s+/).filter(Boolean).map((id) => document.getElementById(id)?.textContent ?? '');
          const own = element.querySelector(':scope > title, :scope > desc')?.textContent ?? '';
          return [label, own, ...referenced].join(' ');
        };
        return [...document.querySelectorAll('.widget svg[role="img"], .widget canvas[role="img"]')]
          .filter((chart) => !(chart as HTMLElement).closest('[hidden]'))
          .filter((chart) => !/\d/.test(text(chart)))
          .map((chart) => `${chart.closest('.widget')?.id ?? '?'} ${chart.tagName.toLowerCase()}.${chart.getAttribute('class') ?? ''}: "${text(chart).trim()}"`);
      });
      expect(missing).toEqual([]);
      await close();
    },
  );
});
