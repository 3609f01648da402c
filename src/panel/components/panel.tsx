import { useTranslate } from '../i18n.ts';
import type { PanelSnapshot } from '../panel-model.ts';
import { viewStateOf } from '../view-state.ts';
import { EmptyView } from './empty-view.tsx';
import { InquiryView } from './inquiry-view.tsx';
import { MessageHeader } from './message-header.tsx';
import { NotInquiryView } from './not-inquiry-view.tsx';
import { ReplyView } from './reply-view.tsx';
import { UnreadableView } from './unreadable-view.tsx';

type Props = { snapshot: PanelSnapshot; onGradeAnyway: () => void };

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
      return <InquiryView grade={grade} forced={outcome.forced} />;
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
export function Panel({ snapshot, onGradeAnyway }: Props) {
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
      {snapshot.error ? (
        <p class="error" role="alert">
          {t('errorRetry', snapshot.error)}
        </p>
      ) : null}
    </main>
  );
}
