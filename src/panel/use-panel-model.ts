import { useEffect, useState } from 'preact/hooks';
import type { PanelModel, PanelSnapshot } from './panel-model.ts';

export function usePanelSnapshot(model: PanelModel): PanelSnapshot {
  const [snapshot, setSnapshot] = useState(model.snapshot());

  useEffect(() => {
    const unsubscribe = model.subscribe(() => setSnapshot(model.snapshot()));
    setSnapshot(model.snapshot());
    return unsubscribe;
  }, [model]);

  return snapshot;
}
