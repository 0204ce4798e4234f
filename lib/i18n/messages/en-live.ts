import type { Catalogue } from './fr';
import type { frLive } from './fr-live';

// Live updates in English (same keys as ./fr-live.ts, checked by type).
export const enLive: Catalogue<typeof frLive> = {
  connecting: 'Connecting to live updates…',
  live: 'Figures updated live',
  polling: 'Live updates interrupted: the figures are read again every 15 seconds',
  paused: 'Updates paused after a long inactivity: touch the page to resume',
};
