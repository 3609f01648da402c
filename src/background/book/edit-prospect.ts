import type { BookDb } from '../../db/book-db.ts';
import type { BookRequest } from '../../messages/panel-to-background.ts';
import { addActivity } from './activity.ts';

type Edit = Extract<BookRequest, { type: 'update-prospect' }>;

// Notes, tags and stage are the user's to set; the history says what changed.
export function editProspect(db: BookDb, edit: Edit, now: number): Promise<boolean> {
  return db.transaction('rw', [db.prospects, db.activities], async () => {
    const prospect = await db.prospects.get(edit.prospectId);
    if (!prospect) return false;

    const tags = edit.tags ? [...new Set(edit.tags)] : prospect.tags;
    const changed = [
      edit.notes !== undefined && edit.notes !== prospect.notes ? 'notes' : null,
      edit.tags && tags.join('\n') !== prospect.tags.join('\n') ? 'tags' : null,
      edit.stage && edit.stage !== prospect.stage ? `stage ${edit.stage}` : null,
    ].filter((part): part is string => part !== null);
    if (changed.length === 0) return false;

    await db.prospects.put({
      ...prospect,
      notes: edit.notes ?? prospect.notes,
      tags,
      stage: edit.stage ?? prospect.stage,
      updatedAt: now,
    });
    const entry = { account: prospect.account, prospectId: prospect.id, kind: 'edited' as const };
    await addActivity(db, { ...entry, detail: changed.join(', ') }, now);
    return true;
  });
}
