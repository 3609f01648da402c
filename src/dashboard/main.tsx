import { render } from 'preact';
import { type Translate, TranslateContext } from '../panel/i18n.ts';
import { browser } from '../platform/browser.ts';
import { DashboardPage } from './dashboard-page.tsx';
import { DEMO_RANGE, DEMO_TIME_ZONE, demoRecords, demoSeedOf } from './demo.ts';
import { dashboardText } from './strings.ts';
import './dashboard.css';

const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);

// Only sample data so far: `?demo=SEED` fills the page from the seeded history generator.
// Without it the page shows what will appear once the book's history is wired in.
const seed = demoSeedOf(location.search);
const root = document.getElementById('app');
const now = seed === null ? new Date() : DEMO_RANGE.to;
const recentHalfYear = { from: new Date(now.getTime() - 182 * 86_400_000), to: now };

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = dashboardText(t)('title');

if (root) {
  render(
    <TranslateContext.Provider value={t}>
      <DashboardPage
        records={seed === null ? null : demoRecords(seed)}
        initialRange={seed === null ? recentHalfYear : DEMO_RANGE}
        now={now}
        timeZone={seed === null ? Intl.DateTimeFormat().resolvedOptions().timeZone : DEMO_TIME_ZONE}
        sample={seed !== null}
      />
    </TranslateContext.Provider>,
    root,
  );
}
