import { useTranslate } from '../i18n.ts';
import { usePanelActions } from '../panel-actions.ts';

// The settings page opens in its own tab (options_ui, open_in_tab).
export function SettingsLink({ label }: { label?: string }) {
  const t = useTranslate();
  const { openSettings } = usePanelActions();

  return (
    <button type="button" class="link" data-testid="open-settings" onClick={openSettings}>
      {label ?? t('openSettings')}
    </button>
  );
}
