import { useState } from 'preact/hooks';
import { translateOr, useTranslate } from '../panel/i18n.ts';

// "Delete all my data" (issue 9): everything the extension keeps in this browser. The user
// types DELETE first, so a stray click cannot empty the book.

export type DeleteDataPorts = { deleteAll: () => Promise<unknown> };

type State = { state: 'idle' | 'busy' | 'done' } | { state: 'error'; message: string };

const CONFIRM_WORD = 'DELETE';

export function DeleteDataSection({ ports }: { ports: DeleteDataPorts }) {
  const t = useTranslate();
  const text = (key: string, english: string) => translateOr(t, key, english);
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState<State>({ state: 'idle' });

  const remove = async () => {
    setStatus({ state: 'busy' });
    try {
      await ports.deleteAll();
      setTyped('');
      setStatus({ state: 'done' });
    } catch (error) {
      setStatus({
        state: 'error',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  return (
    <section class="delete-data" aria-labelledby="delete-data-heading" data-testid="delete-data">
      <h2 id="delete-data-heading">{text('delete_heading', 'Delete all my data')}</h2>
      <p>
        {text(
          'delete_explain',
          'Removes the prospect book, your settings, reply templates and overrides from this browser. Export a backup first if you may need them. This cannot be undone.',
        )}
      </p>
      <label>
        {text('delete_confirmLabel', 'Type DELETE to confirm')}{' '}
        <input
          data-testid="delete-all-confirm"
          value={typed}
          autocomplete="off"
          onInput={(event) => setTyped(event.currentTarget.value)}
        />
      </label>{' '}
      <button
        type="button"
        class="danger"
        data-testid="delete-all-data"
        disabled={typed !== CONFIRM_WORD || status.state === 'busy'}
        onClick={() => void remove()}
      >
        {text('delete_button', 'Delete all my data')}
      </button>
      <p role="status" data-testid="delete-status" data-state={status.state}>
        {status.state === 'done' ? text('delete_done', 'All your data was deleted.') : null}
        {status.state === 'error' ? status.message : null}
      </p>
    </section>
  );
}
