import type { Frame } from 'playwright-core';

/**
 * In the panel's session picker: a new coachee, a track and a planned session on the observed
 * page, prepared and started, so the capture bar is showing.
 */
export async function startObservation(panel: Frame, coachee: string): Promise<void> {
  const picker = panel.locator('#coachee');
  if (await picker.count()) {
    // Coachees exist already: the last option adds a new one.
    const value = await picker.locator('option').last().getAttribute('value');
    await picker.selectOption(value);
  }
  await panel.locator('form.new-coachee input[name="name"]').fill(coachee);
  await panel.locator('form.new-coachee button[type="submit"]').click();
  await panel.locator('form.new-track input[name="title"]').fill(`Calls of ${coachee}`);
  await panel.locator('form.new-track button[type="submit"]').click();
  await panel.locator('form.new-session button[type="submit"]').click();
  await panel.locator('cn-prepare button.prepared').click();
  await panel.locator('cn-prepare button.start').click();
  await panel.locator('cn-observe .timer').waitFor();
}
