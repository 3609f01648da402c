import { dashboardText } from '../../dashboard/strings.ts';
import { applyOverrides } from '../apply-overrides.ts';
import { useTranslate } from '../i18n.ts';
import type { PanelSnapshot } from '../panel-model.ts';
import { viewStateOf } from '../view-state.ts';
import { EmptyView } from './empty-view.tsx';
import { InquiryView } from './inquiry-view.tsx';
import { MessageHeader } from './message-header.tsx';
import { NotInquiryView } from './not-inquiry-view.tsx';
import { type ReplyPorts, ReplySuggestion } from './reply-suggestion.tsx';
import { ReplyView } from './reply-view.tsx';
import { SettingsLink } from './settings-link.tsx';
import { UnreadableView } from './unreadable-view.tsx';

type Props = {
  snapshot: PanelSnapshot;
  onGradeAnyway: () => void;
  // Without ports (unit tests of the grade views) no reply is suggested.
  replyPorts?: ReplyPorts;
};

function Body({ snapshot, onGradeAnyway }: Props) {
  const tab = snapshot.tab;
  if (!tab) {
    return <EmptyView loaded={snapshot.loaded} />;
  }

  const { outcome } = tab;
  if (outcome.status !== 'graded') {
    return <UnreadableView outcome={outcome} />;
  }

  const { grade } = outcome;
  switch (grade.kind) {
    case 'inquiry':
      return <InquiryView grade={grade} forced={outcome.forced} overrides={snapshot.overrides} />;
    case 'reply':
      return <ReplyView grade={grade} />;
    case 'other':
      return (
        <NotInquiryView reason={grade.reason} busy={snapshot.busy} onGradeAnyway={onGradeAnyway} />
      );
  }
}

// The root carries data-state for outside tests; its content is announced politely when
// another message opens, without stealing focus.
// The class the user sees, after their overrides: the suggested reply follows it.
function shownClassOf(snapshot: PanelSnapshot) {
  const outcome = snapshot.tab?.outcome;
  if (outcome?.status !== 'graded' || outcome.grade.kind !== 'inquiry') return undefined;
  return applyOverrides(outcome.grade, snapshot.overrides).class;
}

export function Panel({ snapshot, onGradeAnyway, replyPorts }: Props) {
  const t = useTranslate();
  const state = viewStateOf(snapshot.tab);

  return (
    <main
      data-testid="inquiry-state"
      data-state={state}
      data-tab={snapshot.tab?.tabId}
      aria-live="polite"
      aria-busy={!snapshot.loaded}
      class={`panel state-${state}`}
    >
      {snapshot.tab ? <MessageHeader message={snapshot.tab.message} /> : null}
      <Body snapshot={snapshot} onGradeAnyway={onGradeAnyway} />
      {replyPorts && snapshot.tab ? (
        <ReplySuggestion
          tab={snapshot.tab}
          ports={replyPorts}
          shownClass={shownClassOf(snapshot)}
        />
      ) : null}
      {snapshot.error ? (
        <p class="error" role="alert">
          {t('errorRetry', snapshot.error)}
        </p>
      ) : null}
      <footer class="panel-footer">
        <SettingsLink />
        <a
          class="link"
          href="../dashboard/index.html"
          target="_blank"
          rel="noopener"
          data-testid="open-dashboard"
        >
          {dashboardText(t)('title')}
        </a>
      </footer>
    </main>
  );
}
