import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Factor } from '../core/grade-types.ts';
import type { OverrideInput } from '../messages/panel-to-background.ts';

// What a component deep in the panel may ask for, handed down by context so the views only
// read state and call these.
export type PanelActions = {
  saveOverride(override: OverrideInput): void;
  undoOverride(factor: Factor): void;
  openSettings(): void;
};

const nothing: PanelActions = {
  saveOverride: () => {},
  undoOverride: () => {},
  openSettings: () => {},
};

export const PanelActionsContext = createContext<PanelActions>(nothing);

export const usePanelActions = () => useContext(PanelActionsContext);

export function actionsOf(model: {
  saveOverride(override: OverrideInput): Promise<void>;
  undoOverride(factor: Factor): Promise<void>;
  openSettings(): Promise<void>;
}): PanelActions {
  return {
    saveOverride: (override) => void model.saveOverride(override),
    undoOverride: (factor) => void model.undoOverride(factor),
    openSettings: () => void model.openSettings(),
  };
}
