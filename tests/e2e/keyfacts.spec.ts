import { expect, screenshot, test } from './fixtures';
import { HIGHLIGHT_NAME, MARK_CLASS } from '../../utils/highlight-sentence';

test('the popup shows the key facts of the demo page and a fact highlights its sentence', async ({ extContext, server, openPopupFor }) => {
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/profit-digital-cooperation.html`);
  const popup = await openPopupFor(page);

  const facts = popup.locator('.cr-facts');
  await expect(facts).toBeVisible();
  const who = facts.getByRole('group', { name: 'Who' });
  await expect(who.getByRole('button', { name: /Yang Jie/ })).toBeVisible();
  await expect(who).toContainText('Chairman');
  await expect(who.getByRole('button', { name: /Shaza Fatima Khawaja/ })).toBeVisible();
  const orgs = facts.getByRole('group', { name: 'Organisations' });
  await expect(orgs).toContainText('China Mobile Communications Corporation');
  await expect(orgs).toContainText('CMCC');
  await expect(facts.getByRole('group', { name: 'Places' })).toContainText('Pakistan');
  // empty sections are hidden: the demo article has no dates and no quotes, and its "5G" is a standard's name, no number
  await expect(facts.getByRole('group', { name: 'Numbers' })).toHaveCount(0);
  await expect(facts.getByRole('group', { name: 'When' })).toHaveCount(0);
  await expect(facts.getByRole('group', { name: 'Quotes' })).toHaveCount(0);
  await screenshot(popup, 'popup-keyfacts');

  // a fact is a button that highlights its sentence in the article (keyboard: Enter on the focused button)
  await who.getByRole('button', { name: /Shaza Fatima Khawaja/ }).focus();
  await popup.keyboard.press('Enter');
  const highlighted = await popup.evaluate(
    ({ name, mark }) => {
      const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS?.highlights;
      const ranges = registry?.get(name);
      if (ranges && ranges.size) return [...ranges].map((r) => r.toString()).join('');
      return [...document.querySelectorAll(`mark.${mark}`)].map((m) => m.textContent).join('');
    },
    { name: HIGHLIGHT_NAME, mark: MARK_CLASS },
  );
  expect(highlighted.replace(/\s+/g, ' ')).toContain('The delegation met with Federal Minister for IT and Telecommunication, Shaza Fatima Khawaja');
  // the popup scrolls (smoothly) to the sentence
  await expect.poll(() => popup.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBeGreaterThan(100);
  await popup.waitForTimeout(600);
  await screenshot(popup, 'popup-keyfacts-highlight');

  // another fact moves the highlight to its own sentence
  await who.getByRole('button', { name: /Yang Jie/ }).click();
  const next = await popup.evaluate((name) => {
    const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS?.highlights;
    return [...(registry?.get(name) ?? [])].map((r) => r.toString()).join('');
  }, HIGHLIGHT_NAME);
  expect(next).toContain('led by Chairman Yang Jie');
  expect(next).not.toContain('Shaza Fatima Khawaja');

  await popup.close();
  await page.close();
});

test('the popup shows one chip per organisation: a public body with and without its country, an acronym defined in a bracket', async ({ extContext, server, openPopupFor }) => {
  const paragraphs = [
    'The U.S. Coast Guard said on Tuesday that it had rescued 14 fishermen off the coast of Maine after their trawler sank in a storm.',
    'Captain Rhea Lindqvist, who led the rescue, said the crew had been in the water for three hours before a helicopter reached them.',
    'The Coast Guard said two of the fishermen were taken to hospital in Portland, where they were treated for hypothermia.',
    'The Kestrel Aerospace Exploration Agency (KAXA) said its satellite had tracked the storm for two days before the trawler sank.',
    'KAXA said it would publish the images on Friday. Dr Ines Calloway, who heads KAXA, said the data were clear.',
    'A spokesman for the Coast Guard said the search for a fifteenth man would continue overnight.',
  ];
  const title = 'Coast Guard rescues 14 fishermen off Maine';
  server.routes.set('/coast-guard-rescue.html', `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`);
  const page = await extContext.newPage();
  await page.goto(`${server.origin}/coast-guard-rescue.html`);
  const popup = await openPopupFor(page);
  const orgs = popup.locator('.cr-facts').getByRole('group', { name: 'Organisations' });
  await expect(orgs.getByRole('button')).toHaveCount(2);
  await expect(orgs.getByRole('button', { name: /U\.S\. Coast Guard/ })).toBeVisible();
  await expect(orgs.getByRole('button', { name: /Kestrel Aerospace Exploration Agency/ })).toContainText('KAXA');
  await screenshot(popup, 'popup-keyfacts-one-chip-per-body');
  await popup.close();
  await page.close();
});
