import { test } from 'vitest';
import { launchChromiumWithExtension } from './helpers';
import { answerRetention, importRecords, openDashboard } from '../shared/ui-dashboard/e2e-support';
import { seed } from '../shared/ui-dashboard/fixtures';
test('debug', async () => {
  const browser = await launchChromiumWithExtension();
  const page = await openDashboard(browser);
  page.on('console', (m) => console.log('console', m.text()));
  page.on('pageerror', (m) => console.log('pageerror', m.message));
  await answerRetention(page);
  const data = await seed();
  await importRecords(page, await data.store.all());
  await page.reload();
  await page.locator('cn-dashboard header nav').waitFor();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: '/tmp/dash/dbg.png' });
  console.log(await page.locator('cn-dash-people').innerHTML());
  await browser.cleanup();
});
