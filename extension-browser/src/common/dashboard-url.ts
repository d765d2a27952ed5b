import { ext } from './api';

/** The dashboard page's URL, at `view` when given (the page reads its view from the hash). */
export function dashboardUrl(view?: string): string {
  const hash = view ? `#${encodeURIComponent(view)}` : '';
  return ext.runtime.getURL(`dashboard/index.html${hash}`);
}
