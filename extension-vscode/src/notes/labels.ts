import { t } from '../l10n';
import type { ObservationKind } from '@coaching-notes/shared';

export function kindLabel(kind: ObservationKind): string {
  switch (kind) {
    case 'top':
      return t('Top');
    case 'tip':
      return t('Tip');
    case 'question':
      return t('Question');
    case 'fact':
      return t('Fact');
    case 'intervention':
      return t('Intervention');
  }
}
